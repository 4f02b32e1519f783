#!/usr/bin/env python3
"""Hand-written intent utterances -> intents.jsonl.  (text, intent, slots)"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

AWD = "AWSome Day Manchester 2018"
SUM = "AWS Summit London 2019"
BOOK = "AWS book (netshock)"
BLD = "AWS Builders Day Manchester 2018"
RI = "AWS re:Invent 2017"

IT = [
    # ---------------- ask_question (30) ----------------
    ("whats the lambda memory limit now", "ask_question", {"topic": "lambda memory limit"}),
    ("how many regions did aws have at awsome day", "ask_question", {"conference": AWD, "topic": "number of aws regions"}),
    ("did adrian horn say anything about netflix at the summit", "ask_question", {"speaker": "Adrian Hornsby", "conference": SUM, "topic": "netflix"}),
    ("sqs retention period?", "ask_question", {"topic": "sqs message retention"}),
    ("yo whats cloud9 cost", "ask_question", {"topic": "cloud9 price"}),
    ("In the e-book, what's the max S3 object size?", "ask_question", {"conference": BOOK, "topic": "s3 maximum object size"}),
    ("kinesis shard throughput pls", "ask_question", {"topic": "kinesis shard throughput"}),
    ("what did werner say about encryption", "ask_question", {"speaker": "Werner Vogels", "topic": "encryption"}),
    ("is dms free for aurora migrations", "ask_question", {"topic": "dms pricing for aurora"}),
    ("how does tom woodyer explain rpo vs rto", "ask_question", {"speaker": "Tom Woodyer", "topic": "rpo vs rto"}),
    ("reinvent - how many microservices has monzo", "ask_question", {"conference": RI, "topic": "monzo microservices"}),
    ("wat is a nacl", "ask_question", {"topic": "nacl"}),
    ("so like... is lambda billed per 100ms or what", "ask_question", {"topic": "lambda billing"}),
    ("builders day: how fast do global tables replicate", "ask_question", {"conference": BLD, "topic": "dynamodb global tables replication"}),
    ("max vpc peerings?", "ask_question", {"topic": "vpc peering limit"}),
    ("whats the diff between a nat gateway and a nat instance", "ask_question", {"topic": "nat gateway vs nat instance"}),
    ("how many ppl were at the london summit", "ask_question", {"conference": SUM, "topic": "attendance"}),
    ("paul maddox said step functions keep state how long?", "ask_question", {"speaker": "Paul Maddox", "topic": "step functions state duration"}),
    ("hey quick one: aurora vs mysql speed in the book?", "ask_question", {"conference": BOOK, "topic": "aurora vs mysql performance"}),
    ("what's global accelerator", "ask_question", {"topic": "global accelerator"}),
    ("erm so I was reading up on iam and I'm not sure whether an explicit deny beats an allow, does the ebook cover that?", "ask_question", {"conference": BOOK, "topic": "explicit deny vs allow"}),
    ("gpu training time nat geo reinvent", "ask_question", {"conference": RI, "topic": "national geographic training time"}),
    ("¿qué es sagemaker según las notas?", "ask_question", {"topic": "sagemaker"}),
    ("drax renewables percentage", "ask_question", {"topic": "drax renewable energy share"}),
    ("what did ric harvey announce about message queues", "ask_question", {"speaker": "Ric Harvey", "topic": "amazon mq"}),
    ("EBS snapshot restore perf hit?", "ask_question", {"topic": "ebs snapshot restore performance"}),
    ("how does cloudfront pick a pop", "ask_question", {"topic": "cloudfront pop selection"}),
    ("ian massingham cold start improvement??", "ask_question", {"speaker": "Ian Massingham", "topic": "lambda cold start"}),
    ("can lex start a chat on its own", "ask_question", {"topic": "lex starting a conversation"}),
    ("whats the soft limit for ec2 instances per region", "ask_question", {"topic": "ec2 instance soft limit"}),

    # ---------------- list_talks (16) ----------------
    ("what talks were at builders day", "list_talks", {"conference": BLD}),
    ("list sessions reinvent", "list_talks", {"conference": RI}),
    ("which sessions did adrian hornsby give", "list_talks", {"speaker": "Adrian Hornsby"}),
    ("which sessions did tom woodyer run at the awsome day", "list_talks", {"speaker": "Tom Woodyer", "conference": AWD}),
    ("agenda for awsome day?", "list_talks", {"conference": AWD}),
    ("london summit sessions pls", "list_talks", {"conference": SUM}),
    ("sessions paul maddox did", "list_talks", {"speaker": "Paul Maddox"}),
    ("what was on at re:invent 2017, all the talks you have", "list_talks", {"conference": RI}),
    ("talks at the manchester builders thing?", "list_talks", {"conference": BLD}),
    ("list every session you've got notes on", "list_talks", {}),
    ("which netflix talks were there at reinvent", "list_talks", {"conference": RI, "topic": "netflix"}),
    ("show me the serverless sessions from builders day", "list_talks", {"conference": BLD, "topic": "serverless"}),
    ("what sessions did the blogger sit in on at the summit", "list_talks", {"conference": SUM}),
    ("wat talks did ian massingham do", "list_talks", {"speaker": "Ian Massingham"}),
    ("any security sessions at reinvent?", "list_talks", {"conference": RI, "topic": "security"}),
    ("gimme the talk list for the awesome day", "list_talks", {"conference": AWD}),

    # ---------------- summarize_talk (16) ----------------
    ("summarize creating resilience through destruction", "summarize_talk", {"talk": "Creating resilience through destruction"}),
    ("tldr of the serverless architectural patterns talk", "summarize_talk", {"talk": "Serverless Architectural Patterns"}),
    ("recap werner's thursday keynote", "summarize_talk", {"talk": "Thursday Keynote, Werner Vogels, CTO", "speaker": "Werner Vogels"}),
    ("can u sum up the networking fundamentals session", "summarize_talk", {"talk": "AWS networking fundamentals"}),
    ("give me the gist of the dms talk at reinvent", "summarize_talk", {"talk": "Migrate Your Databases with the AWS Database Migration Service and AWS Schema Conversion Tool", "conference": RI}),
    ("summary of the step functions session at builders day", "summarize_talk", {"talk": "Building Advanced Serverless Applications with AWS Step Functions", "conference": BLD}),
    ("key points from the alexa skill talk", "summarize_talk", {"talk": "How to build an Alexa Skill in 30 minutes"}),
    ("what was the netflix efficiency tooling talk about, short version", "summarize_talk", {"talk": "Tooling Up for Efficiency: DIY Solutions @ Netflix"}),
    ("summarise ric harvey's keynote", "summarize_talk", {"talk": "Key note", "speaker": "Ric Harvey"}),
    ("brief me on the multi region active active session", "summarize_talk", {"talk": "How to Design a Multi-Region Active-Active Architecture"}),
    ("tl;dr serverless state of the union", "summarize_talk", {"talk": "Serverless: State of the union"}),
    ("sum up the RDS and DynamoDB session pls", "summarize_talk", {"talk": "RDS and DynamoDB Services"}),
    ("overview of the ai digital transformation talk at the summit", "summarize_talk", {"talk": "Driving digital transformation using artificial intelligence", "conference": SUM}),
    ("recap the barclays 'farewell to a trade-off' talk", "summarize_talk", {"talk": "Farewell to a Trade-off: Enabling High-scale, Bank-wide Cloud Adoption by Delivering Control and Self-service through Automation and Continuous Compliance"}),
    ("main points of the dynamodb global tables talk?", "summarize_talk", {"talk": "Building Global Serverless Backends powered by Amazon DynamoDB Global Tables"}),
    ("summarize the 3d configurator sesion", "summarize_talk", {"talk": "Building a Photorealistic Real-Time 3D Configurator with Server-Side Renderings on AWS"}),

    # ---------------- speaker_info (16) ----------------
    ("who is adrian hornsby", "speaker_info", {"speaker": "Adrian Hornsby"}),
    ("who's paul maddox?", "speaker_info", {"speaker": "Paul Maddox"}),
    ("tell me about ric harvey", "speaker_info", {"speaker": "Ric Harvey"}),
    ("what did tom woodyer present", "speaker_info", {"speaker": "Tom Woodyer"}),
    ("who was ian massingham", "speaker_info", {"speaker": "Ian Massingham"}),
    ("werner vogels?", "speaker_info", {"speaker": "Werner Vogels"}),
    ("who is christian deger", "speaker_info", {"speaker": "Christian Deger"}),
    ("info on steven bryen pls", "speaker_info", {"speaker": "Steven Bryen"}),
    ("adrian horn", "speaker_info", {"speaker": "Adrian Hornsby"}),
    ("who is perry wald", "speaker_info", {"speaker": "Perry Wald"}),
    ("who's andrew mutoni", "speaker_info", {"speaker": "Andrew Muttoni"}),
    ("what's bjoern reinke's role", "speaker_info", {"speaker": "Bjoern Reinke"}),
    ("who was torsten kablitz", "speaker_info", {"speaker": "Torsten Kablitz"}),
    ("what did abby fuller talk about", "speaker_info", {"speaker": "Abby Fuller"}),
    ("who is felix candelario", "speaker_info", {"speaker": "Felix Candelario"}),
    ("tom read - who??", "speaker_info", {"speaker": "Tom Read"}),

    # ---------------- list_conferences (12) ----------------
    ("which conferences do you have notes for", "list_conferences", {}),
    ("what events are covered", "list_conferences", {}),
    ("list conferences", "list_conferences", {}),
    ("conferences?", "list_conferences", {}),
    ("what notes have u got", "list_conferences", {}),
    ("which aws events are in here", "list_conferences", {}),
    ("do you have notes from more than one event?", "list_conferences", {}),
    ("what docs can i ask about", "list_conferences", {}),
    ("what's in your knowledge base", "list_conferences", {}),
    ("show all events with dates", "list_conferences", {}),
    ("which manchester events do you know about", "list_conferences", {}),
    ("wich conferences r covered", "list_conferences", {}),

    # ---------------- greeting (12) ----------------
    ("hi", "greeting", {}),
    ("hello there", "greeting", {}),
    ("hey!", "greeting", {}),
    ("yo", "greeting", {}),
    ("good morning", "greeting", {}),
    ("hola", "greeting", {}),
    ("bonjour", "greeting", {}),
    ("hallo zusammen", "greeting", {}),
    ("ciao!", "greeting", {}),
    ("こんにちは", "greeting", {}),
    ("namaste 🙏", "greeting", {}),
    ("olá, tudo bem?", "greeting", {}),

    # ---------------- help (12) ----------------
    ("help", "help", {}),
    ("what can you do?", "help", {}),
    ("how do i use this", "help", {}),
    ("??", "help", {}),
    ("what kind of questions can i ask", "help", {}),
    ("commands?", "help", {}),
    ("im lost", "help", {}),
    ("how does this bot work", "help", {}),
    ("can you explain what you're for", "help", {}),
    ("options", "help", {}),
    ("not sure what to ask you tbh", "help", {}),
    ("hilfe", "help", {}),

    # ---------------- goodbye (11) ----------------
    ("bye", "goodbye", {}),
    ("cya", "goodbye", {}),
    ("that's all, goodbye", "goodbye", {}),
    ("ok im off", "goodbye", {}),
    ("later!", "goodbye", {}),
    ("adios", "goodbye", {}),
    ("tschüss", "goodbye", {}),
    ("good night", "goodbye", {}),
    ("bye bye", "goodbye", {}),
    ("gotta go", "goodbye", {}),
    ("au revoir", "goodbye", {}),

    # ---------------- reset (11) ----------------
    ("start over", "reset", {}),
    ("reset", "reset", {}),
    ("clear the chat", "reset", {}),
    ("new topic please, forget the last one", "reset", {}),
    ("forget everything", "reset", {}),
    ("let's start again", "reset", {}),
    ("wipe the conversation", "reset", {}),
    ("restart", "reset", {}),
    ("clear history", "reset", {}),
    ("fresh start pls", "reset", {}),
    ("forget what i said before", "reset", {}),

    # ---------------- thanks (11) ----------------
    ("thanks", "thanks", {}),
    ("thx", "thanks", {}),
    ("ty!", "thanks", {}),
    ("cheers", "thanks", {}),
    ("thank you so much", "thanks", {}),
    ("merci", "thanks", {}),
    ("danke", "thanks", {}),
    ("gracias", "thanks", {}),
    ("nice one, ta", "thanks", {}),
    ("appreciate it", "thanks", {}),
    ("great, thanks a lot", "thanks", {}),

    # ---------------- out_of_scope (13) ----------------
    ("book me a flight to las vegas", "out_of_scope", {}),
    ("whats the weather in manchester tomorrow", "out_of_scope", {}),
    ("write me a python script that lists my s3 buckets", "out_of_scope", {}),
    ("spin up an ec2 instance for me", "out_of_scope", {}),
    ("order a pizza", "out_of_scope", {}),
    ("email these notes to my boss", "out_of_scope", {}),
    ("set a reminder for 3pm", "out_of_scope", {}),
    ("translate this paragraph into german", "out_of_scope", {}),
    ("what's amazon's share price today", "out_of_scope", {}),
    ("tell me a joke", "out_of_scope", {}),
    ("register me for the next aws summit", "out_of_scope", {}),
    ("convert 100 usd to gbp", "out_of_scope", {}),
    ("draw an architecture diagram for my app", "out_of_scope", {}),
]


def main():
    with open(os.path.join(HERE, "intents.jsonl"), "w", encoding="utf-8") as f:
        for i, (t, intent, slots) in enumerate(IT, 1):
            f.write(json.dumps({"id": f"bi{i:03d}", "text": t, "intent": intent,
                                "slots": slots}, ensure_ascii=False) + "\n")
    print(len(IT), "intent utterances")


if __name__ == "__main__":
    main()
