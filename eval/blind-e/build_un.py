#!/usr/bin/env python3
"""Hand-written unanswerable questions -> unanswerable.jsonl.

(category, question, why_unanswerable, present greps, absent greps)
present: strings that occur in the notes (the subject is covered)
absent:  strings that occur in none of the notes (the asked detail is missing)
Both are matched case-insensitively against the notes, raw and with
newlines turned into spaces.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NM = "near_miss"
OT = "off_topic"

UN = [
    # ---------------- near misses: AWSome Day ----------------
    (NM, "what time did the keynote start at awsome day?",
     "The AWSome Day notes name Ric Harvey's keynote but give no session times (21:00 is just when the post was written).",
     ["Key note - Ric Harvey"], ["keynote started", "9:00", "09:00", "10:00", "9am"]),
    (NM, "whats ric harvey's job title",
     "Ric Harvey is only listed with his Twitter handle; no role or title is given.",
     ["Ric Harvey - @ric__harvey"], ["Harvey is", "Ric Harvey, ", "Harvey (Head", "Harvey, Head"]),
    (NM, "How much does Amazon MQ cost?",
     "Amazon MQ is mentioned only as a newly announced alternative to SQS; no pricing is given.",
     ["Amazon MQ"], ["MQ pricing", "MQ costs", "MQ is priced"]),
    (NM, "does amazon mq run activemq or rabbitmq under the hood",
     "The notes only say Amazon MQ is a more 'standard' message queue; no broker engine is named.",
     ["more \"standard\" message queue"], ["ActiveMQ", "RabbitMQ"]),
    (NM, "how many availability zones did aws have in total at the manchester awsome day",
     "Only the region count (18) and the minimum of 2 AZs per region are given, not a total number of AZs.",
     ["18 regions", "at least 2 availability zones per region"], ["availability zones in total", "AZs in total", "total of 5", "49 availability", "54 availability"]),
    (NM, "what's the name and price of the 3 day advanced architecture course tom mentioned",
     "The course is only mentioned as a 3-day advanced architecture course; no title or price is given.",
     ["3 day advanced architecture course"], ["course costs", "course price", "Advanced Architecting on AWS"]),
    (NM, "when did neptune become generally available",
     "Neptune is only mentioned as AWS's new graph database; no GA date is given.",
     ["graph database called Neptune"], ["generally available", "general availability", "Neptune GA"]),
    (NM, "how much does gremlin charge",
     "Gremlin is only described as 'failure as a service' from the Chaos Monkey creators; no pricing is given.",
     ["called Gremlin"], ["Gremlin pricing", "Gremlin costs", "Gremlin charges"]),

    # ---------------- near misses: Builders Day ----------------
    (NM, "how many people turned up to builders day",
     "The Builders Day notes describe the venue and sessions but give no attendance figure.",
     ["Victoria Warehouse"], ["people attended", "attendance", "attendees at the Builders"]),
    (NM, "what's the url of adrian's photo-tagging demo on github",
     "The notes say Adrian forgot to put the URL on the slides, so no link is recorded.",
     ["forgot to put the URL on the slides"], ["github.com/adhorn", "github.com/aws-samples"]),
    (NM, "what were the dynamodb numbers from amazon prime day that adrian showed",
     "The notes only say he shared Prime Day performance statistics and refer to a photo; the figures aren't written down.",
     ["Amazon Prime Day (See photo)"], ["requests per second during Prime Day", "Prime Day peak", "million requests per second"]),
    (NM, "how much does a 3gb lambda function cost per invocation",
     "The notes say 3GB functions get an extra vCPU and point to a photo for costings; no price is written.",
     ["See photo for costings"], ["per GB-second", "GB-second", "per invocation"]),
    (NM, "exact price per state transition for step functions?",
     "Only the pricing model (based on state transitions) is noted, not the rate.",
     ["pricing is based on state transitions"], ["per 1,000 state transitions", "per thousand state transitions", "$0.025"]),
    (NM, "which 14 video formats does thomson reuters encode into",
     "The notes give the number of formats (14) but do not list them.",
     ["14 different formats"], ["H.264", "MP4", "HLS", "MPEG"]),
    (NM, "what's the lambda minimum memory setting",
     "Only the increase of the maximum from 1.5GB to 3GB is noted; no minimum is given.",
     ["increased from 1.5GB to 3GB"], ["128MB", "128 MB", "minimum memory"]),
    (NM, "what database does supercell use for clash of clans",
     "Supercell is only cited as a Kinesis case study (45 million pieces of data a day); its database isn't mentioned.",
     ["good case study for Kinesis is Supercell"], ["Supercell uses DynamoDB", "Supercell stores", "Supercell's database"]),
    (NM, "what's the kinesis firehose buffer size",
     "Firehose is only contrasted with Streams by its outputs (S3, ElasticSearch, RedShift); buffering settings aren't covered.",
     ["Kinesis Firehose only allows output"], ["buffer size", "buffer interval"]),

    # ---------------- near misses: Summit London ----------------
    (NM, "how much were tickets for the london summit",
     "The summit notes give attendee, session and sponsor numbers but nothing about ticket prices.",
     ["London AWS Summit", "12000+ were claimed"], ["ticket price", "£", "registration fee", "free to attend"]),
    (NM, "what date in may was the aws summit london held",
     "The post only says it was a few weeks after February's Ignite Tour; no exact date is given.",
     ["a few weeks later I found myself back at the same venue"], ["May 2019", "8 May", "8th May", "May 8"]),
    (NM, "what's steven bryen's job title at aws",
     "Steven Bryen is named with his Twitter handle only; his role isn't stated.",
     ["Steven Bryen (@Steven_Bryen)"], ["Bryen is", "Bryen, Head", "Bryen, Principal", "Bryen, Senior"]),
    (NM, "what time slot was the alexa skill session in",
     "The session is listed as part of the afternoon, but no time slot is given.",
     ["How to build an Alexa Skill in 30 minutes"], ["3pm", "4pm", "15:00", "16:00"]),
    (NM, "what links did the author share at the end of the alexa section",
     "The notes say 'some more links that may be useful' but the links themselves aren't in the text.",
     ["some more links that may be useful"], ["developer.amazon.com", "alexa.design", "https://developer"]),
    (NM, "where can i download adrian's slides from the summit - slideshare?",
     "The notes say Adrian tweeted a link to his slides and code, but the link isn't included.",
     ["Adrian tweeted a link to his slides"], ["slideshare", "speakerdeck", "bit.ly"]),
    (NM, "Transit Gateway pricing per attachment?",
     "Transit Gateway limits (5000 connections) are covered, not its price.",
     ["Transit Gateway can support up to 5000 connections"], ["per attachment", "Transit Gateway pricing", "$0.05"]),
    (NM, "how many customers does drax retail have",
     "Drax is covered (biomass, 15% of UK renewables, data lake) but no customer count is given.",
     ["Drax Retail"], ["Drax customers", "million customers", "customer base of"]),
    (NM, "which aws services did the ministry of justice move onto",
     "Tom Read only said the MOJ is moving to a microservice-based architecture; no specific AWS services are named.",
     ["MOJ is moving to a microservice-based application architecture"], ["MOJ uses", "Ministry of Justice uses", "MOJ runs"]),

    # ---------------- near misses: re:Invent ----------------
    (NM, "who presented the media intelligence session at reinvent",
     "The Media Intelligence notes describe National Geographic's use case but name no speaker.",
     ["Media Intelligence"], ["Media Intelligence -", "Media Intelligence by", "presented by"]),
    (NM, "which vegas hotel hosted these reinvent sessions",
     "The re:Invent notes give no venue beyond Las Vegas (in an RTT example).",
     ["Las Vegas"], ["Venetian", "MGM Grand", "Mandalay", "Aria Resort"]),
    (NM, "how many people attended re:invent 2017",
     "The gist has session notes only; no attendance figure.",
     ["AWS Reinvent 2017"], ["43,000", "40,000", "people at re:Invent", "attendees at re:Invent"]),
    (NM, "what does DORI stand for in the culture shift devops talk",
     "The notes just say 'App DORI.' without explaining it.",
     ["App DORI"], ["DORI stands", "DORI is", "DORI ("]),
    (NM, "how many aws accounts does barclays run in total",
     "The Barclays talk describes micro-segmentation (an account per app and environment) but gives no account count.",
     ["CTO + CCA from Barclays"], ["Barclays has over", "accounts at Barclays", "Barclays runs"]),
    (NM, "how much does a p3 instance cost per hour",
     "P3 is described (1-8 GPUs, Tesla, Volta) but not priced; the $25/hour figure is MYCS's raytracing cost, not a P3 list price.",
     ["P3 = 1-8 GPUs"], ["P3 costs", "p3.2xlarge", "P3 per hour"]),
    (NM, "how many users does autoscout24 have per month",
     "AutoScout24's legacy setup and migration are described, but no user numbers.",
     ["AutoScout24"], ["monthly users", "million users", "visitors per month"]),
    (NM, "which kubernetes version does monzo run",
     "Monzo is noted as running Kubernetes with 350 microservices; no version is given.",
     ["Monzo bank in UK, Kubernetes"], ["Kubernetes 1.", "version of Kubernetes"]),
    (NM, "what's the hourly price of a dms replication instance",
     "DMS replication instances (T2/C4, 50-100 GB storage) are described, but only migrations to Aurora are said to be free; no hourly price.",
     ["replication instances, secured etc."], ["per hour for a replication", "replication instance costs", "replication instance pricing"]),

    # ---------------- near misses: the e-book ----------------
    (NM, "what is the t3 family good for per the ebook",
     "The e-book's instance table lists T2, M3, C3/C4, D2, I2, G2, P2, R3/R4 and X1 - not T3.",
     ["General Purpose\n\nBurstable Performance"], ["T3", "M5"]),
    (NM, "what's the max item size in dynamodb",
     "The e-book covers DynamoDB pricing, management and fault tolerance but not item size limits.",
     ["DynamoDB offers a fast and flexible service"], ["400KB", "400 KB", "item size"]),
    (NM, "How much does Glacier charge per GB retrieved?",
     "The e-book only rates Glacier's cost as 'Low' and retrieval as taking up to a day; no prices are given.",
     ["Up\nto 1 day to\nretrieve files"], ["per GB retrieved", "retrieval fee", "retrieval cost"]),
    (NM, "do unattached elastic ips cost money? how much",
     "Elastic IPs are explained (static IPv4, remapping on failure) but charges for them are not mentioned.",
     ["An elastic IP provides you with a static public IPv4 address"], ["unattached", "idle elastic IP", "Elastic IP charges"]),
    (NM, "what's the max delay you can set on an sqs delay queue",
     "The e-book covers retention, visibility timeout and polling, but not delay queues.",
     ["the maximum visibility timeout is 12 hours"], ["delay queue", "DelaySeconds", "delivery delay"]),

    # ---------------- off topic ----------------
    (OT, "what's the weather going to be like in manchester tomorrow",
     "Weather forecasts are not in the conference notes.",
     [], ["weather forecast", "rain tomorrow"]),
    (OT, "give me a good carbonara recipe",
     "Cooking is unrelated to the notes.",
     [], ["carbonara", "pancetta"]),
    (OT, "who won the 2018 world cup",
     "Football results are not in the notes.",
     [], ["World Cup", "FIFA"]),
    (OT, "what's amazon's share price right now",
     "Stock prices are not covered by the notes.",
     [], ["share price", "NASDAQ", "AMZN"]),
    (OT, "recommend a laptop for programming under 1000 quid",
     "Shopping advice is off-topic for the notes.",
     [], ["laptop", "MacBook"]),
    (OT, "how do I change a flat tyre",
     "Car maintenance is unrelated to the notes.",
     [], ["tyre", "tire change"]),
    (OT, "capital of australia?",
     "General knowledge outside the notes.",
     [], ["Canberra", "Australia"]),
    (OT, "what's the bitcoin price today",
     "Cryptocurrency prices are not covered.",
     [], ["bitcoin", "cryptocurrency"]),
    (OT, "How many calories in a banana?",
     "Nutrition facts are not in the notes.",
     [], ["calories", "banana"]),
    (OT, "who wrote pride and prejudice",
     "Literature is unrelated to the conference notes.",
     [], ["Jane Austen", "Pride and Prejudice"]),
]


def main():
    with open(os.path.join(HERE, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (cat, q, why, pres, absn) in enumerate(UN, 1):
            f.write(json.dumps({"id": f"bu{i:03d}", "question": q,
                                "why_unanswerable": why, "category": cat,
                                "present": pres, "absent": absn},
                               ensure_ascii=False) + "\n")
    print(len(UN), "unanswerable items")


if __name__ == "__main__":
    main()
