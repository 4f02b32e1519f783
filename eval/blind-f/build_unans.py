"""Generator for unanswerable.jsonl: 40 near misses + 10 off-topic."""
import json, os
from common import HERE

U = [
# (question, why, category, present, absent)
("how much did a ticket for awsome day cost?","The AWSome Day notes never mention an entry price or ticket cost.","price",["AWSome Day","Hotel Football"],["ticket price","admission"]),
("what's ric harvey's job title","Ric Harvey is named as keynote speaker with his Twitter handle only; no job title is given.","job_title",["Ric Harvey"],["Harvey is","Developer Advocate"]),
("how many people attended builders day","The Builders Day notes give no attendance figure (only the Summit notes give one).","count",["Builders Day","Victoria Warehouse"],["attendance","people attended"]),
("what time did the chaos talk at the summit start","No session times are given for Adrian's talk or any Summit session.","date",["Creating resilience through destruction"],["started at","p.m."]),
("link to hornsby's chaos slides?","The notes say Adrian tweeted a link to his slides and code, but the link itself is not in the notes.","url",["tweeted a link to his slides"],["slideshare","speakerdeck"]),
("github url for adrian's photo upload demo at builders day","The notes explicitly say Adrian forgot to put the URL on the slides.","url",["forgot to put the URL"],["github.com/adhorn"]),
("what got announced at reinvent 2018?","Only re:Invent 2017 is covered.","other_year",["re:Invent 2017"],["re:Invent 2018","reinvent 2018"]),
("who did the keynote at the 2018 london summit","Only the 2019 London Summit is covered; the notes mention a visit four years earlier but nothing about other years.","other_year",["AWS Summit","four years since my last visit"],["Summit 2018","London 2018"]),
("summarise tom woodyer's lambda session at awsome day","Tom Woodyer gave EC2, S3, IAM, RDS/DynamoDB and Elasticity sessions; Lambda is not covered at AWSome Day at all.","wrong_talk",["Tom Woodyer"],["Lambda - Tom","Woodyer - Lambda"]),
("what did paul maddox say about kubernetes","Paul Maddox's talks (serverless development, Step Functions) don't mention Kubernetes.","wrong_talk",["Paul Maddox","Kubernetes"],["Maddox on Kubernetes"]),
("how much does sagemaker cost","SageMaker is only named as a new ML tool; no pricing is given.","price",["SageMaker"],["SageMaker pricing","per training hour"]),
("fargate pricing?","Fargate is described (AWSome Day keynote, re:Invent) but never priced.","price",["Fargate"],["Fargate pricing","per vCPU"]),
("what's adrian hornsby's job title","The notes give his name and @adhorn handle but no job title.","job_title",["Adrian Hornsby","@adhorn"],["Principal Evangelist","Technical Evangelist"]),
("ian massingham - what's his role at aws?","Only his name and Twitter handle are given.","job_title",["Ian Massingham"],["Chief Evangelist","Massingham is"]),
("who does steven bryen work for","Steven Bryen's employer/title is not stated (only Bjoern Reinke's role at Drax is).","job_title",["Steven Bryen"],["Bryen is","Bryen works"]),
("how many people went to reinvent 2017","The re:Invent notes contain no attendance figure.","count",["Reinvent 2017"],["40,000","43,000"]),
("how many ppl came to awsome day","No attendance number for AWSome Day.","count",["AWSome Day Conference"],["people attended","attendees at AWSome"]),
("glacier price per gb in the ebook?","The book only says Glacier is 'Low' cost and tells you to check AWS pricing; no per-GB figure.","price",["Glacier"],["per GB per month","$0.0"]),
("cloudhsm hourly cost","CloudHSM is described (clusters, FIPS 140-2, vs KMS) but not priced.","price",["CloudHSM"],["per HSM hour","CloudHSM costs"]),
("what did werner vogels announce at the london summit","Werner Vogels is only quoted at the Summit; he did not present there.","wrong_talk",["Werner Vogels, CTO, Amazon.com"],["Vogels announced"]),
("when's the next awsome day in manchester","The notes cover only the 2018 event; no future dates.","date",["AWSome Day"],["next AWSome","upcoming AWSome"]),
("how many folks joined hornsby's quadrant demo","The notes describe the four-quadrant audience demo but give no participant count.","count",["one of four quadrants"],["people took part"]),
("price of the 3 day advanced architecture course?","The course is mentioned, but no price.","price",["3 day advanced architecture course"],["course fee","course costs"]),
("what skill did muttoni build in his demo","The Alexa talk lists the steps but never names a demo skill (the author didn't finish one).","detail",["Muttoni"],["skill called","demo skill"]),
("which eu region does netflix use","The Builders Day notes say 2 US and 1 EU region, without naming them.","detail",["2 US and 1 EU"],["eu-west-1","Frankfurt"]),
("how big is autoscout24's aws bill","No cost figures are given for AutoScout24.","price",["AutoScout24"],["AutoScout24 spends","monthly bill"]),
("how many employees does barclays have","Barclays' headcount is not mentioned.","count",["Barclays"],["Barclays employs","staff at Barclays"]),
("what kubernetes version does eks run","EKS is only described as managed Kubernetes; no version.","detail",["EKS = managed kubernetes"],["Kubernetes 1."]),
("supercell revenue?","Only Supercell's Kinesis data volume (45 million pieces/day) is given.","detail",["Supercell"],["Supercell revenue"]),
("is aurora faster than dynamodb","The notes compare Aurora with MySQL/PostgreSQL, never with DynamoDB.","comparison",["Aurora","DynamoDB"],["faster than DynamoDB"]),
("is cloud9 cheaper than vs code","Cloud9's price is given ($1.60/dev/month) but the notes make no comparison with Visual Studio Code.","comparison",["Cloud9","Visual Studio Code"],["cheaper than Visual Studio"]),
("was builders day better than awsome day","The author never compares the two Manchester events.","comparison",["Builders Day","AWSome Day"],["better than AWSome","better than Builders"]),
("kinesis or sqs - which is cheaper","Neither the book nor the event notes compare Kinesis and SQS costs.","comparison",["Kinesis","SQS"],["cheaper than SQS","cheaper than Kinesis"]),
("what time was werner's thursday keynote","Only the day (Thursday) is given, no time.","date",["Thursday Keynote"],["9am","9:00"]),
("title of the pwc report they cited?","The author says he couldn't find the PwC research; no title is given.","detail",["PwC"],["Sizing the prize","PwC report titled"]),
("who wrote the netshock ebook","The book names its website (www.netshock.co.uk) but not an author.","person",["netshock"],["written by","author of this book"]),
("when was the aws ebook published","No publication date is given in the book.","date",["www.netshock.co.uk"],["published in","copyright"]),
("how many lambdas does capitalone's cloud custodian run","Cloud Custodian is described functionally; no counts.","count",["cloud custodian"],["custodian runs"]),
("what did drax pay inawisdom","Inawisdom is only named as the data-science technology Drax uses.","price",["Inawisdom"],["Inawisdom contract"]),
("how long was the step functions talk at builders day","No session durations are recorded for Builders Day.","count",["Building Advanced Serverless Applications with AWS Step Functions"],["minute talk","hour-long"]),
# ---- off-topic ----
("what's the weather in manchester tomorrow","Off-topic: weather forecast.","off_topic",[],["weather","tomorrow"]),
("who won the 2018 world cup","Off-topic: sport.","off_topic",[],["World Cup"]),
("how do i bake sourdough","Off-topic: cooking.","off_topic",[],["sourdough"]),
("what's amazon's share price right now","Off-topic: live financial data.","off_topic",[],["share price","stock price"]),
("translate 'good morning' into japanese","Off-topic task: translation.","off_topic",[],["Japanese","good morning"]),
("write me a python script to resize images","Off-topic task: code generation.","off_topic",[],["import boto3","def resize"]),
("book me a table for two near excel","Off-topic task: booking.","off_topic",[],["table for two"]),
("email paul and ask for his slides","Off-topic task: sending email on the user's behalf.","off_topic",[],["send an email to"]),
("capital of australia?","Off-topic: general knowledge.","off_topic",[],["Canberra"]),
("recommend a good netflix series to watch","Off-topic: entertainment advice (Netflix appears in the notes only as an AWS customer).","off_topic",[],["Stranger Things","series to watch"]),
]

def main():
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as fh:
        for i, (q, why, cat, present, absent) in enumerate(U, 1):
            fh.write(json.dumps(dict(id="fu%03d" % i, question=q, why_unanswerable=why, category=cat,
                                     present=present, absent=absent), ensure_ascii=False) + "\n")
    print(len(U), "unanswerable rows")

if __name__ == "__main__":
    main()
