# Hand-written unanswerable items for blind-g. Regenerates unanswerable.jsonl.
import json, os
NM, OT = "near_miss", "off_topic"
# (category, question, why_unanswerable, present, absent)
ITEMS = [
(NM,"how much was a ticket for the london summit","The Summit notes give attendee, session and sponsor counts but no ticket price.",["AWS Summit","12000+"],["ticket price","£"]),
(NM,"what time did ric harvey's keynote start","Ric Harvey gave the AWSome Day keynote but no start time is given (21:00 is the post time).",["Ric Harvey"],["keynote started","9am","9.30"]),
(NM,"whats tom woodyer's job title","Tom Woodyer ran the AWSome Day sessions; his role/title is never stated.",["Tom Woodyer"],["Woodyer is","Tom Woodyer, "]),
(NM,"how many people were at builders day","Builders Day notes give no attendance figure.",["Builders Day"],["people attended","delegates at"]),
(NM,"amazon mq pricing?","Amazon MQ is mentioned as just announced; no price given.",["Amazon MQ"],["MQ pricing","MQ costs"]),
(NM,"what does neptune cost per hour","Neptune is only mentioned as AWS's new graph database.",["Neptune"],["Neptune pric","Neptune cost"]),
(NM,"when exactly did sagemaker launch","SageMaker is described as new; no launch date.",["SageMaker"],["SageMaker was launched","SageMaker launched"]),
(NM,"who does adrian hornsby work for and whats his role","Adrian Hornsby's talks are covered but his employer and title are not stated.",["Adrian Hornsby"],["Hornsby is","Hornsby, "]),
(NM,"link to adrian's slides from the summit pls","The notes say he tweeted a link to slides and code, but the link itself is not included.",["tweeted a link to his slides"],["slideshare","speakerdeck"]),
(NM,"github url for adrian's photo resize demo","The notes say the demo is on GitHub but Adrian forgot to put the URL on the slides.",["forgot to put the URL"],["github.com/adhorn"]),
(NM,"lambda price per million requests","Builders Day says Lambda pricing is based on requests and the book lists what is charged, but no prices.",["Pricing is always based on requests"],["per million requests","$0.20"]),
(NM,"how much does a step functions state transition cost","Only that Step Functions pricing is based on state transitions.",["state transitions"],["per 1,000 state transitions","$0.025"]),
(NM,"how many attendees at reinvent 2017","The re:Invent notes contain no attendance figure.",["re:Invent 2017"],["attendees at re:Invent","40,000","43,000"]),
(NM,"which hotel hosted reinvent","Only Las Vegas is mentioned, no venue/hotel.",["Las Vegas"],["Venetian","MGM"]),
(NM,"how many sessions were at awsome day in total","Only that the technical track talks were 100-level; no session count.",["100-level"],["sessions in total","number of sessions"]),
(NM,"how long did the summit keynote last","The keynote is described but not its duration.",["the keynote soon switched"],["keynote lasted","minute keynote","hour keynote"]),
(NM,"who gave the main keynote at the london summit","The Summit notes name customer speakers (Sainsbury's, MoJ) but not the main AWS keynote presenter.",["customer slots in the keynote"],["keynote by","keynote speaker"]),
(NM,"how many sainsbury's stores use the ml space planning","Sainsbury's use of ML is mentioned without any store count.",["re-plan retail space"],["number of stores","stores use"]),
(NM,"what tariffs does drax sell","Tariffs are mentioned only in passing (customer looking for a new tariff).",["tariff"],["tariffs offered","per kWh","kWh"]),
(NM,"how many customers does drax retail have","No Drax customer numbers are given.",["Drax"],["million customers","Drax customers"]),
(NM,"what year did alexa come out","Alexa is covered (skills, voice service) but its launch year is not.",["Alexa Skills Kit"],["Alexa launched","launched in 2014"]),
(NM,"direct connect port price","Direct Connect is covered (summit, book) without prices; the book only says it reduces network costs.",["Direct Connect"],["per port hour","Direct Connect pricing"]),
(NM,"how many cloudfront edge locations are there","Edge locations are discussed but never counted.",["edge locations"],["edge locations worldwide","number of edge locations"]),
(NM,"transit gateway cost per attachment","Transit Gateway limits are given (5000 connections) but no price.",["Transit Gateway"],["per attachment","Transit Gateway pricing"]),
(NM,"max item size in dynamodb","DynamoDB is covered in several notes but no item size limit is given.",["DynamoDB"],["400KB","400 KB","item size"]),
(NM,"how many read replicas can one rds db have","Read replicas are explained in the book but without a maximum number.",["read replica"],["up to 5 read replicas","maximum number of read replicas"]),
(NM,"default sqs visibility timeout","The book gives only the maximum visibility timeout (12 hours), not the default.",["visibility timeout"],["default visibility","30 seconds"]),
(NM,"cloudhsm hourly price","CloudHSM is described (cluster size, FIPS 140-2) without pricing.",["CloudHSM"],["per HSM hour","CloudHSM pricing"]),
(NM,"max iam users per account","IAM users and groups are explained, but no user limit is given.",["IAM users"],["5,000 users","users per account"]),
(NM,"which exact regions is netflix active in","Only '2 US and 1 EU' is stated, no region names.",["2 US and 1 EU"],["us-east-1","eu-west-1"]),
(NM,"which p3 instance size did mycs use","P3 instances are described generally (1-8 GPUs); MYCS's exact instance size is not.",["P3 = 1-8 GPUs"],["p3.2xlarge","p3.8xlarge"]),
(NM,"who presented the media intelligence session","The Media Intelligence notes (National Geographic) name no speaker.",["Media Intelligence"],["Media Intelligence -","presented by"]),
(NM,"names of the barclays speakers","Only 'CTO + CCA from Barclays' is given, no names.",["CTO + CCA from Barclays"],["CTO of Barclays","Barclays CTO"]),
(NM,"how many microservices does autoscout24 run","AutoScout24's move to microservices is covered; no count (350 is Monzo).",["AutoScout24"],["microservices at AutoScout","AutoScout24 runs"]),
(NM,"how much money did barclays save moving to aws","Barclays' approach is described but no savings figure.",["Barclays"],["savings","saved millions"]),
(NM,"dms replication instance hourly cost","DMS is only said to be free when migrating to Aurora; no hourly price.",["replication instance"],["DMS pricing","per replication instance hour"]),
(NM,"what did the london summit 2018 cover","Only the 2019 London Summit is in the notes (the author mentions a visit four years earlier, without details).",["AWS Summit"],["Summit 2018","London Summit 2018"]),
(NM,"big announcements at reinvent 2018?","Only re:Invent 2017 is covered.",["re:Invent 2017"],["re:Invent 2018","reInvent 2018"]),
(NM,"is gremlin cheaper than the chaos toolkit","Both are listed as chaos tools, but no prices or comparison are given.",["Gremlin","chaos toolkit"],["Gremlin pricing","cheaper than Gremlin"]),
(NM,"tom adamski twitter handle","Tom Adamski is named as co-presenter of the networking talk but without a handle.",["Tom Adamski"],["@tomadamski","Adamski (@"]),
(OT,"book me a flight to las vegas","Travel booking is not something the notes assistant does.",[],["flight booking","book a flight"]),
(OT,"weather in manchester tomorrow?","Weather forecasts are outside the conference notes.",[],["weather forecast","tomorrow in Manchester"]),
(OT,"write me a python script that lists my s3 buckets","Code generation/tasks are out of scope; the notes contain no such script.",[],["boto3","list_buckets"]),
(OT,"translate the summit notes into german","Translation is not a supported task.",[],["German translation","auf Deutsch"]),
(OT,"who won the premier league in 2019","Sport results are off-topic.",[],["Premier League","Manchester City"]),
(OT,"recommend a pizza place near excel","Restaurant recommendations are off-topic (the notes only mention two-pizza teams).",[],["pizza place","restaurant"]),
(OT,"send an email to tom woodyer for me","Sending emails is not something the assistant does.",[],["email address of","woodyer@"]),
(OT,"whats amazon's share price today","Live stock prices are off-topic.",[],["share price","AMZN"]),
(OT,"tell me a joke","Jokes are off-topic.",[],["knock knock"]),
(OT,"create an aws account for me","Account creation is a task the assistant cannot do.",[],["sign up for AWS","create an AWS account"]),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (cat, q, why, pres, ab) in enumerate(ITEMS, 1):
            f.write(json.dumps({"id": "gu%02d" % i, "question": q, "why_unanswerable": why,
                                "category": cat, "present": pres, "absent": ab}, ensure_ascii=False) + "\n")
    print(len(ITEMS), "unanswerable")
main()
