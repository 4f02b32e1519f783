"""Generator for intents.jsonl (160 utterances, 11 intents)."""
import json, os
from common import HERE

AD = "AWSome Day Manchester 2018"; SL = "AWS Summit London 2019"; BK = "AWS book (netshock)"
BD = "AWS Builders Day Manchester 2018"; RI = "AWS re:Invent 2017"

def I(text, intent, **slots):
    return dict(text=text, intent=intent, slots=slots)

ITEMS = [
# ---- ask_question (30)
I("whats the lambda concurrency limit", "ask_question", topic="lambda concurrency limit"),
I("how many regions did aws have at awsome day?", "ask_question", conference=AD, topic="number of aws regions"),
I("is aurora really 10x faster than mysql", "ask_question", topic="aurora performance vs mysql"),
I("sqs max msg size??", "ask_question", topic="sqs message size"),
I("what did hornsby say about bulkheads", "ask_question", speaker="Adrian Hornsby", topic="bulkheads"),
I("How do I make a subnet private according to the book?", "ask_question", conference=BK, topic="private subnet"),
I("cost of cloud9 per month", "ask_question", topic="cloud9 pricing"),
I("at reinvent how did barclays handle billing across accounts", "ask_question", conference=RI, topic="barclays account billing"),
I("whats the difference between nacl and security groups", "ask_question", topic="nacl vs security groups"),
I("how many attendees at the london summit", "ask_question", conference=SL, topic="attendee count"),
I("cn step functions run for a whole year?", "ask_question", topic="step functions duration"),
I("tell me the s3 bucket naming rules", "ask_question", topic="s3 bucket naming rules"),
I("did paul say anything about bitbucket support", "ask_question", speaker="Paul Maddox", topic="bitbucket support"),
I("rpo?", "ask_question", topic="rpo"),
I("kinesis shard throughput", "ask_question", topic="kinesis shard throughput"),
I("so like when you restore an ebs volume from a snapshot is it slow or what, i remember reading something about that somewhere", "ask_question", topic="ebs snapshot restore performance"),
I("glacier retrieval time", "ask_question", topic="glacier retrieval time"),
I("what did tom say was the very first aws service", "ask_question", speaker="Tom Woodyer", topic="first aws service"),
I("drax renewable share?", "ask_question", topic="drax share of uk renewable energy"),
I("which instance type for a big dms migration", "ask_question", topic="dms replication instance type"),
I("explain weighted aliases", "ask_question", topic="lambda weighted aliases"),
I("werner's availability numbers - what needs 2 AZs?", "ask_question", speaker="Werner Vogels", topic="availability tiers"),
I("max provisioned iops on ebs?", "ask_question", topic="provisioned iops limit"),
I("does lex do authentication", "ask_question", topic="lex authentication"),
I("how long are rds backups kept at awsome day", "ask_question", conference=AD, topic="rds backup retention"),
I("What CIDR range should a VPC use per the networking fundamentals talk?", "ask_question", talk="AWS networking fundamentals", topic="vpc cidr size"),
I("qué es fargate?", "ask_question", topic="fargate"),
I("hey quick q - what port does rds need open", "ask_question", topic="rds port"),
I("netflix regions count builders day", "ask_question", conference=BD, topic="netflix aws regions"),
I("supercel kinesis numbers", "ask_question", topic="supercell kinesis data volume"),
# ---- list_talks (16)
I("what talks did adrian give", "list_talks", speaker="Adrian Hornsby"),
I("list the sessions at builders day", "list_talks", conference=BD),
I("which sessions were at reinvent", "list_talks", conference=RI),
I("what talks did tom woodyer do", "list_talks", speaker="Tom Woodyer"),
I("sessions at the london summit?", "list_talks", conference=SL),
I("agenda for awsome day", "list_talks", conference=AD),
I("which talks did paul maddox give", "list_talks", speaker="Paul Maddox"),
I("wat sessions r in the reinvent notes", "list_talks", conference=RI),
I("list all talks", "list_talks"),
I("which chapters does the ebook have", "list_talks", conference=BK),
I("any talks on serverless?", "list_talks", topic="serverless"),
I("show me the sessions about databases", "list_talks", topic="databases"),
I("what did the blogger go to at excel", "list_talks", conference=SL),
I("talks by hornsby at the summit", "list_talks", speaker="Adrian Hornsby", conference=SL),
I("which sessions covered chaos engineering", "list_talks", topic="chaos engineering"),
I("gimme the talk list for manchester builders day pls", "list_talks", conference=BD),
# ---- summarize_talk (16)
I("summarize creating resilience through destruction", "summarize_talk", talk="Creating resilience through destruction"),
I("tldr of the step functions talk", "summarize_talk", talk="Building Advanced Serverless Applications with AWS Step Functions"),
I("give me a summary of ian's state of the union", "summarize_talk", speaker="Ian Massingham", talk="Serverless: State of the union"),
I("recap the alexa skill session", "summarize_talk", talk="How to build an Alexa Skill in 30 minutes"),
I("what was the barclays cloud adoption talk about", "summarize_talk", talk="Farewell to a Trade-off: Enabling High-scale, Bank-wide Cloud Adoption by Delivering Control and Self-service through Automation and Continuous Compliance"),
I("sum up the dms session from reinvent", "summarize_talk", conference=RI, talk="Migrate Your Databases with the AWS Database Migration Service and AWS Schema Conversion Tool"),
I("key points of werner's keynote", "summarize_talk", speaker="Werner Vogels"),
I("summarise the networking fundamentals talk", "summarize_talk", talk="AWS networking fundamentals"),
I("overview of serverless architectural patterns pls", "summarize_talk", talk="Serverless Architectural Patterns"),
I("brief me on the nat geo media intelligence session", "summarize_talk", talk="Media Intelligence"),
I("main takeaways from the netflix efficiency talk?", "summarize_talk", talk="Tooling Up for Efficiency: DIY Solutions @ Netflix"),
I("summary of tom's ec2 session", "summarize_talk", speaker="Tom Woodyer", talk="Amazon Elastic Cloud Compute (EC2)"),
I("resume la charla de active-active por favor", "summarize_talk", talk="How to Design a Multi-Region Active-Active Architecture"),
I("quick recap of the dynamodb global tables talk", "summarize_talk", talk="Building Global Serverless Backends powered by Amazon DynamoDB Global Tables"),
I("summarize the AI session at the summit", "summarize_talk", conference=SL, talk="Driving digital transformation using artificial intelligence"),
I("can u sumarize the chatbot chalk talk", "summarize_talk", talk="Financial Services Chatbots Using AWS Services"),
# ---- speaker_info (15)
I("who is adrian hornsby", "speaker_info", speaker="Adrian Hornsby"),
I("who's ric harvey?", "speaker_info", speaker="Ric Harvey"),
I("what did paul maddox present", "speaker_info", speaker="Paul Maddox"),
I("tell me about ian massingham", "speaker_info", speaker="Ian Massingham"),
I("who is werner vogels", "speaker_info", speaker="Werner Vogels"),
I("who was christian deger", "speaker_info", speaker="Christian Deger"),
I("what did tom woodyer present at awsome day", "speaker_info", speaker="Tom Woodyer", conference=AD),
I("info on andrew muttoni", "speaker_info", speaker="Andrew Muttoni"),
I("whos steven bryen", "speaker_info", speaker="Steven Bryen"),
I("adrian horn - who is he", "speaker_info", speaker="Adrian Hornsby"),
I("who is torsten kablitz", "speaker_info", speaker="Torsten Kablitz"),
I("what's simon wardley known for", "speaker_info", speaker="Simon Wardley"),
I("who was bjoern reinke", "speaker_info", speaker="Bjoern Reinke"),
I("who is perry wald?", "speaker_info", speaker="Perry Wald"),
I("who's ken jackson", "speaker_info", speaker="Ken Jackson"),
# ---- list_conferences (13)
I("which conferences do you have notes for", "list_conferences"),
I("what events are covered?", "list_conferences"),
I("list conferences", "list_conferences"),
I("what confs do u know about", "list_conferences"),
I("which aws events are in your notes", "list_conferences"),
I("what docs have you got", "list_conferences"),
I("any manchester events in there?", "list_conferences"),
I("which years do the notes cover", "list_conferences"),
I("do you have notes from reinvent?", "list_conferences", conference=RI),
I("what conferences did the author go to", "list_conferences"),
I("show me all the events", "list_conferences"),
I("conferences?", "list_conferences"),
I("what notes r loaded", "list_conferences"),
# ---- greeting (12)
I("hi", "greeting"), I("hello there", "greeting"), I("hey", "greeting"), I("yo", "greeting"),
I("good morning!", "greeting"), I("hola", "greeting"), I("bonjour", "greeting"), I("hallo zusammen", "greeting"),
I("hiya", "greeting"), I("sup", "greeting"), I("g'day mate", "greeting"), I("namaste", "greeting"),
# ---- help (12)
I("help", "help"), I("what can you do?", "help"), I("how does this work", "help"),
I("what kind of questions can i ask", "help"), I("can you search the web too?", "help"),
I("where does your info come from?", "help"), I("how do i use you", "help"), I("commands?", "help"),
I("i'm lost", "help"), I("what are you exactly", "help"), I("can you explain what this bot is for", "help"),
I("ayuda", "help"),
# ---- goodbye (11)
I("bye", "goodbye"), I("cya later", "goodbye"), I("goodbye!", "goodbye"), I("adios", "goodbye"),
I("au revoir", "goodbye"), I("tschüss", "goodbye"), I("that's all, bye", "goodbye"), I("gotta run", "goodbye"),
I("ciao", "goodbye"), I("good night", "goodbye"), I("sayonara", "goodbye"),
# ---- reset (11)
I("start over", "reset"), I("reset", "reset"), I("new topic", "reset"),
I("forget everything we talked about", "reset"), I("clear the conversation", "reset"),
I("let's begin again", "reset"), I("scrap that, fresh start", "reset"), I("restart", "reset"),
I("wipe the context pls", "reset"), I("new chat", "reset"), I("nevermind all that, reset", "reset"),
# ---- thanks (11)
I("thanks", "thanks"), I("ty", "thanks"), I("cheers mate", "thanks"), I("merci beaucoup", "thanks"),
I("danke", "thanks"), I("gracias", "thanks"), I("thx that helped a lot", "thanks"), I("much appreciated", "thanks"),
I("arigatou", "thanks"), I("nice one, thank you", "thanks"), I("grazie mille", "thanks"),
# ---- out_of_scope (13)
I("what's the weather in manchester tomorrow", "out_of_scope"),
I("who won the world cup in 2018", "out_of_scope"),
I("give me a lasagne recipe", "out_of_scope"),
I("translate this into german: serverless is great", "out_of_scope"),
I("write a python script to list my s3 buckets", "out_of_scope"),
I("book me a hotel near the venue for the london summit", "out_of_scope", conference=SL),
I("email paul maddox and ask for his slides", "out_of_scope", speaker="Paul Maddox"),
I("set a reminder for 3pm", "out_of_scope"),
I("what's amazon's stock price", "out_of_scope"),
I("tell me a joke", "out_of_scope"),
I("can you order me a pizza", "out_of_scope"),
I("do you dream?", "out_of_scope"),
I("sign me up for reinvent next year", "out_of_scope"),
]

def main():
    with open(os.path.join(HERE, "intents.jsonl"), "w", encoding="utf-8") as fh:
        for i, it in enumerate(ITEMS, 1):
            fh.write(json.dumps(dict(id="fi%03d" % i, **it), ensure_ascii=False) + "\n")
    print(len(ITEMS), "intent rows")

if __name__ == "__main__":
    main()
