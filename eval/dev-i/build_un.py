"""Build unanswerable.jsonl: 50 near misses + 10 off-topic."""
from common import write_jsonl, save_typos

ITEMS = []


def N(question, why, present, absent, typo=False):
    ITEMS.append(dict(question=question, why_unanswerable=why, category="near_miss",
                      present=present, absent=absent, typo=typo))


def O(question, why, absent, typo=False):
    ITEMS.append(dict(question=question, why_unanswerable=why, category="off_topic",
                      present=[], absent=absent, typo=typo))


# --- AWSome Day
N("ric harvey's job title?",
  "The AWSome Day notes only give Ric Harvey's name and Twitter handle, not his role.",
  ["Ric Harvey"], ["Ric Harvey is", "Harvey works"])
N("how much dose amazon mq cost",
  "Amazon MQ is only mentioned as newly announced; no pricing is given.",
  ["Amazon MQ"], ["MQ pricing", "MQ costs", "MQ is priced"], typo=True)
N("when does neptune go GA",
  "The notes just say AWS now has a graph database called Neptune; no availability date.",
  ["Neptune"], ["generally available", "Neptune will be"])
N("price of that 3 day advanced architecture course?",
  "The course is mentioned (800.88 certified secure network) but not its price.",
  ["3 day advanced architecture course"], ["course costs", "course fee"])
N("who founded gremlin",
  "The notes say Netflix's Chaos Monkey creators now have Gremlin, but name no founders.",
  ["Gremlin"], ["founded", "co-founder"])
N("list all 7 s3 encryption options",
  "Tom said S3 has 7 ways to encrypt data but the notes only mention KMS-managed keys, not the full list.",
  ["7 different ways to encrypt"], ["SSE-C", "SSE-S3", "SSE-KMS"])
N("wifi password at hotel football?",
  "The venue is named, nothing about its wifi.",
  ["Hotel Football"], ["wifi", "wi-fi"])
N("whats the default rds backup retention period",
  "The notes say backups are on by default with retention up to 35 days, but not the default period.",
  ["retention up to 35 days"], ["default retention", "retention defaults to"])
N("how many customers run vmware on aws",
  "The keynote only says a VMware vSphere suite can run on bare metal; no customer numbers.",
  ["VMWare vSphere"], ["VMware customers", "customers run VMware"])
N("which ticketing firm was doing the fake ticket holds",
  "Tom describes the trick but does not name the ticketing providers doing it.",
  ["shark infested"], ["Eventbrite", "See Tickets", "Viagogo"])

# --- Builders Day
N("ian massingham - what's his role at aws",
  "Only his name and Twitter handle (@ianmmmm) appear.",
  ["Ian Massingham"], ["Massingham is", "Massingham works"])
N("github link for adrian's photo resize demo?",
  "The notes explicitly say Adrian forgot to put the URL on the slides.",
  ["forgot to put the URL"], ["github.com/adhorn"])
N("how many ppl came to builders day",
  "No attendance figure is given for Builders Day.",
  ["Builders Day"], ["people attended", "attendance"], typo=True)
N("lambda price per million requests",
  "Ian only says pricing is based on requests; no rate is given.",
  ["Pricing is always based on requests"], ["per million", "$0.20"])
N("step functions cost per state transition in $",
  "Paul says pricing is based on state transitions but gives no price.",
  ["pricing is based on state transitions"], ["per 1,000 state", "per 1000 state", "$0.025"])
N("which baseball league was the radar thing",
  "The story only says baseball in the USA on TV; no league, team or system is named.",
  ["baseball"], ["MLB", "Statcast", "Major League"])
N("the prime day dynamodb stats adrian showed - numbers?",
  "The notes say the statistics were on a photo; the numbers aren't in the text.",
  ["Prime Day"], ["requests per second", "million requests"])
N("so what does a 3gb lambda actually cost",
  "The costings were in a photo ('See photo for costings'); no figure in the notes.",
  ["See photo for costings"], ["per GB-second", "3GB Lambda costs"])
N("whats the buildspec.yaml syntax look lke",
  "buildspec.yaml is mentioned as CodeBuild's build definition, but no syntax or example is given.",
  ["buildspec.yaml"], ["phases:", "version: 0.2"], typo=True)
N("what time did paul's step functions talk start",
  "No session times are given in the Builders Day notes.",
  ["Step Functions - Paul Maddox"], ["started at", "am session", "pm session"])

# --- Summit London
N("how much were tickets for the london summit",
  "The recap mentions attendee numbers but nothing about ticket prices.",
  ["AWS Summit"], ["ticket price", "free to attend", "\u00a3"])
N("link to adrian's slides?",
  "The notes say Adrian tweeted a link to his slides and code, but the link itself isn't included.",
  ["tweeted a link to his slides"], ["speakerdeck", "slideshare"])
N("list the summit sponsors",
  "Only the count (98 sponsoring partners) is given, not their names.",
  ["98 sponsoring partners"], ["sponsors included", "sponsored by"])
N("what skill did muttoni build on stage",
  "The notes give the steps to create an Alexa-hosted skill, but not what skill the speaker built.",
  ["Andrew Muttoni"], ["skill called", "built a skill"])
N("tom adamski's job?",
  "He's only named as co-presenter of the networking session.",
  ["Tom Adamski"], ["Adamski is", "Adamski works"])
N("how long was the keynot",
  "The keynote's content is summarised but its length is not given.",
  ["keynote"], ["keynote lasted", "hour keynote", "minute keynote"], typo=True)
N("what did drax pay inawisdom",
  "Inawisdom is named as the data science technology, no commercial details.",
  ["Inawisdom"], ["Inawisdom cost", "contract value"])
N("transit gateway hourly price",
  "Transit Gateway limits are given (5000 connections) but no pricing.",
  ["Transit Gateway"], ["Transit Gateway costs", "per attachment"])
N("which language was the alexa skill coded in",
  "The notes only say Alexa-hosted skills use Lambda under the hood; no language is named.",
  ["Alexa-hosted skills"], ["skill was written", "ask-sdk"])
N("how many sainsburys stores use the ML space planning",
  "Sainsbury's is said to use ML to re-plan retail space, with no store numbers.",
  ["Sainsbury"], ["stores use", "number of stores"])

# --- re:Invent
N("how many attended reinvent 2017",
  "The re:Invent notes give no attendance figure.",
  ["re:Invent 2017"], ["people attended", "attendance"])
N("lex pricing from the chatbot chalk talk?",
  "The chalk talk notes cover sessions, auth and slots, not Lex pricing.",
  ["Financial Services Chatbots"], ["Lex pricing", "per text request"])
N("name of the barclays cto",
  "The notes only say 'CTO + CCA from Barclays' without names.",
  ["CTO + CCA from Barclays"], ["Barclays CTO is", "CTO of Barclays"])
N("which hotel was the dms session in",
  "No venues or rooms are given for individual sessions.",
  ["Migrate Your Databases"], ["Venetian", "MGM", "Mirage"])
N("who gave the netflix toolng talk",
  "The Netflix efficiency session's speakers aren't named in the notes.",
  ["Tooling Up for Efficiency"], ["presented by", "Netflix engineer"], typo=True)
N("autoscout24 microservices count today?",
  "The notes describe the move to microservices but give no count for AutoScout24 (350 is Monzo's).",
  ["AutoScout24"], ["AutoScout24 runs", "microservices in production"])
N("what year did dtcc move to aws",
  "The DTCC material is about regulator expectations; no migration date is given.",
  ["DTCC"], ["DTCC moved", "migrated in"])
N("who was the speaker for multi-region active-active",
  "Only an unnamed 'AWS evangelist' is mentioned.",
  ["Multi-Region Active-Active"], ["presented by", "evangelist named"])
N("how much does mycs charge for its configurator",
  "The notes give MYCS's AWS costs ($25/hour, $35k/month), not what MYCS charges customers.",
  ["MYCS"], ["per configurator", "MYCS charges"])
N("what kind of company is infor",
  "Infor appears only as 'building transit VPC architecture', with no description.",
  ["Infor - building transit VPC"], ["Infor is", "Infor, a"])

# --- e-book
N("who wrote the netshock book",
  "The e-book names no author, only the site www.netshock.co.uk.",
  ["netshock"], ["written by", "the author is"])
N("when was the ebook published",
  "No publication date appears in the e-book.",
  ["netshock.co.uk"], ["published in", "copyright", "first edition"])
N("glacier price per gb in the book",
  "The book lists Glacier's cost only as 'Low' and tells readers to check AWS pricing.",
  ["Glacier"], ["per GB per month", "$0.004"])
N("default sqs visiblity timeout",
  "The book gives the maximum visibility timeout (12 hours) but not the default.",
  ["visibility timeout"], ["default visibility timeout", "30 seconds"], typo=True)
N("kinesis max shards per stream",
  "Shard throughput is given (2MB/s read, 1MB/s write) but no shard limit.",
  ["shards"], ["shards per stream", "shard limit"])
N("ec2 uptime sla per the book",
  "The book has no SLA figures for EC2.",
  ["EC2"], ["service level agreement", "monthly uptime"])
N("how much is a route 53 hosted zone",
  "Hosted zones are described (NS and SOA records) but not priced.",
  ["hosted zone"], ["per hosted zone", "$0.50"])
N("does elastic beanstalk cost extra on top",
  "The book describes Beanstalk's platforms and provisioning, not its pricing.",
  ["Elastic Beanstalk"], ["Beanstalk is free", "no additional charge"])
N("snowball capacity in tb",
  "The book only says Snowball drives hold petabytes; no per-device TB figure.",
  ["Snowball"], ["TB per device", "80 TB", "50 TB"])
N("how many cloudfront edge locations are there",
  "Edge locations are explained but never counted.",
  ["edge locations"], ["edge locations worldwide", "over 100 edge"])

# --- off topic
O("whats the wether like in manchester tmrw",
  "Weather forecast - not something the conference notes cover.",
  ["weather forecast"], typo=True)
O("book me a train to london friday",
  "Travel booking is not a notes-bot task.",
  ["train to london", "book a train"])
O("who won the champions league in 2019",
  "Football result, unrelated to the notes.",
  ["champions league"])
O("translate availability zone into spanish",
  "Translation request, not a question about the notes.",
  ["zona de disponibilidad"])
O("rechne mal 17 mal 23",
  "Arithmetic (German: 'work out 17 times 23') - off-topic.",
  ["17 mal 23"])
O("got a decent lasagne recipe?",
  "Cooking, unrelated to the notes.",
  ["lasagne"])
O("is bitcoin gona go up",
  "Crypto price speculation, off-topic.",
  ["bitcoin"], typo=True)
O("write a limerick about my cat",
  "Creative writing unrelated to the notes.",
  ["limerick"])
O("remind me about the dentist at 3",
  "Setting reminders is not something a notes bot does.",
  ["dentist"])
O("draft my cover letter for a cloud architect job",
  "Writing a cover letter is not a notes task.",
  ["cover letter"])


def main():
    rows, typos = [], []
    for i, it in enumerate(ITEMS, 1):
        uid = "iu%02d" % i
        rows.append(dict(id=uid, question=it["question"], why_unanswerable=it["why_unanswerable"],
                         category=it["category"], present=it["present"], absent=it["absent"]))
        if it["typo"]:
            typos.append(uid)
    write_jsonl("unanswerable.jsonl", rows)
    save_typos("unanswerable", typos)
    print("unanswerable:", len(rows), "typos:", len(typos))


if __name__ == "__main__":
    main()
