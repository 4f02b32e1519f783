"""Build intents.jsonl: 200 labelled utterances."""
from common import write_jsonl, save_typos

AD = "AWSome Day Manchester 2018"
SL = "AWS Summit London 2019"
BK = "AWS book (netshock)"
BD = "AWS Builders Day Manchester 2018"
RI = "AWS re:Invent 2017"

T_KEYNOTE = "Key note"
T_S3 = "Amazon Simple Storage Service (S3)"
T_ELAST = "Elasticity & Management Tools"
T_SOTU = "Serverless: State of the union"
T_PATTERNS = "Serverless Architectural Patterns"
T_GLOBAL = "Building Global Serverless Backends powered by Amazon DynamoDB Global Tables"
T_STEP = "Building Advanced Serverless Applications with AWS Step Functions"
T_AI = "Driving digital transformation using artificial intelligence"
T_NET = "AWS networking fundamentals"
T_CHAOS = "Creating resilience through destruction"
T_ALEXA = "How to build an Alexa Skill in 30 minutes"
T_MEDIA = "Media Intelligence"
T_BARCLAYS = ("Farewell to a Trade-off: Enabling High-scale, Bank-wide Cloud Adoption by "
              "Delivering Control and Self-service through Automation and Continuous Compliance")
T_CHATBOT = "Financial Services Chatbots Using AWS Services"
T_DMS = "Migrate Your Databases with the AWS Database Migration Service and AWS Schema Conversion Tool"
T_REG = "Managing Regulator Expectations"
T_WERNER = "Thursday Keynote, Werner Vogels, CTO"
T_AA = "How to Design a Multi-Region Active-Active Architecture"
T_NETFLIX = "Tooling Up for Efficiency: DIY Solutions @ Netflix"
T_3D = "Building a Photorealistic Real-Time 3D Configurator with Server-Side Renderings on AWS"

ITEMS = []


def I(intent, text, typo=False, **slots):
    ITEMS.append(dict(text=text, intent=intent, slots=slots, typo=typo))


# ---------------------------------------------------------------- ask_question (35)
q = "ask_question"
I(q, "aurora vs mysql speed at awsome day", conference=AD, topic="aurora performance vs mysql")
I(q, "lambda timout?", typo=True, topic="lambda timeout")
I(q, "how many ppl went to the londn summit", typo=True, conference=SL, topic="attendance")
I(q, "what did paul say about bitbucket", speaker="Paul Maddox", topic="bitbucket support")
I(q, "sqs max message size in the ebook", conference=BK, topic="sqs message size")
I(q, "cloud9 pricing", topic="cloud9 pricing")
I(q, "was ist der unterschied zwischen nacl und security group", topic="nacl vs security group")
I(q, "monzo microservices count in vegas", conference=RI, topic="monzo microservices")
I(q, "rto vs rpo?", topic="rpo vs rto")
I(q, "netflix runs in how many regions", topic="netflix regions")
I(q, "whats the 5 whys thing adrian mentioned", speaker="Adrian Hornsby", topic="5 whys post mortems")
I(q, "kinesis shard throughput", topic="kinesis shard throughput")
I(q, "how long does glacier take to restore stuff", topic="glacier retrieval time")
I(q, "tom woodyer said the first aws service was?", speaker="Tom Woodyer", topic="first aws service")
I(q, "drax renewable %", topic="drax renewable energy share")
I(q, "is dms fre", typo=True, topic="dms pricing")
I(q, "max objct size s3", typo=True, topic="s3 max object size")
I(q, "peering limt summit", typo=True, conference=SL, topic="vpc peering limit")
I(q, "why bother with step functions instead of chaining lambdas", topic="step functions vs chained lambdas")
I(q, "quelle est la rétention sqs par défaut ?", topic="sqs default retention")
I(q, "werner's encryption quote from reinvent", speaker="Werner Vogels", conference=RI, topic="encryption quote")
I(q, "ian massingham on lambda concurrency?", speaker="Ian Massingham", topic="lambda concurrency limit")
I(q, "did the builders day notes mention x-ray", conference=BD, topic="x-ray")
I(q, "how do i ssh into a box in a private subnet", topic="ssh to private subnet")
I(q, "chihuahua or muffin lol", topic="chihuahua vs muffin")
I(q, "sainsburys ml use cases", topic="sainsburys machine learning")
I(q, "what port does rds use", topic="rds port")
I(q, "point of an elastic ip?", topic="elastic ip")
I(q, "aws region count in 2018", topic="number of aws regions")
I(q, "how many alexa skills exist per the alexa talk", talk=T_ALEXA, topic="number of alexa skills")
I(q, "az link bandwidth at awsome day", conference=AD, topic="az network bandwidth")
I(q, "wat does cfn_nag check", typo=True, topic="cfn_nag checks")
I(q, "lex auth?", topic="lex authentication")
I(q, "spot instnces how do they work", typo=True, topic="spot instances")
I(q, "which lb does websockets, per the mycs folks", topic="websocket load balancer support")

# ---------------------------------------------------------------- list_talks (20)
l = "list_talks"
I(l, "whta sessions were at builders day", typo=True, conference=BD)
I(l, "talks at the london summit?", conference=SL)
I(l, "which talks did paul maddox give", speaker="Paul Maddox")
I(l, "adrian horn's talsk", typo=True, speaker="Adrian Hornsby")
I(l, "vegas session list", conference=RI)
I(l, "awsome day agenda", conference=AD)
I(l, "which sessions were tom woodyer's", speaker="Tom Woodyer")
I(l, "sessions at the victoria warehouse event", conference=BD)
I(l, "every talk in the reinvent notes pls", conference=RI)
I(l, "list sessions excel 2019", conference=SL)
I(l, "hornsby sessions in manchester", speaker="Adrian Hornsby")
I(l, "what talks are in the notes overall")
I(l, "which ones did ian do", speaker="Ian Massingham")
I(l, "sesiones de re:invent?", conference=RI)
I(l, "tracks at hotel football", conference=AD)
I(l, "talks about serverless?", topic="serverless")
I(l, "any chaos engineering sessions", topic="chaos engineering")
I(l, "which talks were on databases", topic="databases")
I(l, "werners sessions", speaker="Werner Vogels")
I(l, "what did the summit blogger sit in on", conference=SL)

# ---------------------------------------------------------------- summarize_talk (20)
s = "summarize_talk"
I(s, "summarise the step functions talk", talk=T_STEP)
I(s, "tldr creating resilience through destruction", talk=T_CHAOS)
I(s, "recap of the netwroking fundamentals one", typo=True, talk=T_NET)
I(s, "gist of the DMS sesion?", typo=True, talk=T_DMS)
I(s, "what was the netflix tooling talk about", talk=T_NETFLIX)
I(s, "sum up ric's keynote", talk=T_KEYNOTE, speaker="Ric Harvey")
I(s, "brief me on the barclays session", talk=T_BARCLAYS)
I(s, "summry of serverless architectural patterns pls", typo=True, talk=T_PATTERNS)
I(s, "whats the alexa skill talk about", talk=T_ALEXA)
I(s, "summarize media intelligence", talk=T_MEDIA)
I(s, "short version of the global tables talk", talk=T_GLOBAL)
I(s, "key points from the s3 session at awsome day", talk=T_S3, conference=AD)
I(s, "résumé de la keynote de werner", talk=T_WERNER, speaker="Werner Vogels")
I(s, "highlights of the active active talk", talk=T_AA)
I(s, "what happened in the AI session in london", talk=T_AI, conference=SL)
I(s, "condense the chatbot chalk talk for me", talk=T_CHATBOT)
I(s, "rundown of serverless state of the union", talk=T_SOTU)
I(s, "elasticity talk summary", talk=T_ELAST)
I(s, "main takeaways from the 3d configurator one", talk=T_3D)
I(s, "sumarise the regulator expectations talk", typo=True, talk=T_REG)

# ---------------------------------------------------------------- speaker_info (20)
p = "speaker_info"
I(p, "who is ian masingham", typo=True, speaker="Ian Massingham")
I(p, "tom woodyr?", typo=True, speaker="Tom Woodyer")
I(p, "what did andrew muttoni present", speaker="Andrew Muttoni")
I(p, "who's adrian horn", speaker="Adrian Hornsby")
I(p, "tell me about paul maddox", speaker="Paul Maddox")
I(p, "ric harvey - who's that", speaker="Ric Harvey")
I(p, "wer ist werner vogels", speaker="Werner Vogels")
I(p, "who was christian deger", speaker="Christian Deger")
I(p, "steven bryen, what was his bit", speaker="Steven Bryen")
I(p, "info on tom adamski", speaker="Tom Adamski")
I(p, "who is bjoern reinke", speaker="Bjoern Reinke")
I(p, "torsten kablitz?", speaker="Torsten Kablitz")
I(p, "what's ken jacksons deal", speaker="Ken Jackson")
I(p, "perry wald who", speaker="Perry Wald")
I(p, "tell me abt hanybal jajoo", speaker="Hanybal Jajoo")
I(p, "massingham??", speaker="Ian Massingham")
I(p, "what did hornsby talk about at the summit", speaker="Adrian Hornsby", conference=SL)
I(p, "phil jordan?", speaker="Phil Jordan")
I(p, "who is abby fuller", speaker="Abby Fuller")
I(p, "what did woodyer present in manchester", speaker="Tom Woodyer")

# ---------------------------------------------------------------- list_conferences (15)
c = "list_conferences"
for t, ty in [("which events have notes", False), ("what confs do u hav", True),
              ("list the conferences", False), ("what events are covered here", False),
              ("which aws events did you take notes at", False), ("events?", False),
              ("what's in your library, conference-wise", False), ("welche konferenzen hast du", False),
              ("which years are covered", False), ("show me the event list", False),
              ("what sources have you got", False), ("which summits and meetups are in there", False),
              ("what conferences r in ur notes", False), ("which evnts do you know about", True),
              ("what else have you got notes from", False)]:
    I(c, t, typo=ty)

# ---------------------------------------------------------------- greeting (14)
for t in ["yo", "hiya", "heyyy", "good morning!", "sup", "hola", "bonjour", "ey up",
          "howdy", "g'day mate", "hallo", "morning all", "oi oi", "hey there bot"]:
    I("greeting", t)

# ---------------------------------------------------------------- help (14)
for t, ty in [("hw does this thing work", True), ("um how do i use this", False),
              ("any tips on what to ask?", False), ("what am i supposed to type here", False),
              ("insructions?", True), ("hilfe", False), ("what kinda questions work best", False),
              ("im lost", False), ("show me some example questions", False),
              ("how should I phrase stuff", False), ("what r u good for", False),
              ("guide me pls", False), ("is there a manual for you", False),
              ("not sure how to start here", False)]:
    I("help", t, typo=ty)

# ---------------------------------------------------------------- goodbye (13)
for t in ["cya", "im off", "laters", "bye for now", "ttyl", "that's me done", "ciao",
          "catch you later", "signing off", "adios", "ok gotta run", "night night", "peace out"]:
    I("goodbye", t)

# ---------------------------------------------------------------- reset (13)
for t, ty in [("new topic pls", False), ("forgt all that", True), ("clear the chat", False),
              ("wipe the convo", False), ("let's begin again", False),
              ("scrap that, fresh start", False), ("reset pls", False), ("from scratch please", False),
              ("clean slate", False), ("restart the conversation", False),
              ("ignore everything I said before", False), ("new session", False),
              ("back to square one", False)]:
    I("reset", t, typo=ty)

# ---------------------------------------------------------------- thanks (14)
for t, ty in [("cheers", False), ("ta", False), ("thnx", True), ("nice one", False),
              ("legend, ta", False), ("appreciate it", False), ("merci", False), ("danke", False),
              ("perfect, thanks a lot", False), ("gracias", False), ("brilliant cheers mate", False),
              ("ty", False), ("much obliged", False), ("that helps, ta", False)]:
    I("thanks", t, typo=ty)

# ---------------------------------------------------------------- out_of_scope (22)
for t, ty in [("wether in vegas this week?", True), ("bokk me a flight to manchester", True),
              ("who won the 2018 world cup", False), ("recommend a netflix show", False),
              ("convert 50 usd to gbp", False), ("whats 17% of 340", False),
              ("write me a cover letter", False), ("play some music", False),
              ("order me a pizza", False), ("set an alarm for 7", False),
              ("what's my horoscope today", False), ("my wifi keeps dropping, fix it", False),
              ("compose a tweet about my holiday", False), ("capital of peru?", False),
              ("is bitcoin going up", False), ("how tall is the eiffel tower", False),
              ("lasagne recipe pls", False), ("who's the uk prime minister", False),
              ("sing me something", False), ("schedule a meeting w bob tues", False),
              ("cuál es la mejor playa de españa", False), ("recommend a good pub near excel", False)]:
    I("out_of_scope", t, typo=ty)


def main():
    rows, typos = [], []
    for i, it in enumerate(ITEMS, 1):
        iid = "ii%03d" % i
        rows.append(dict(id=iid, text=it["text"], intent=it["intent"], slots=it["slots"]))
        if it["typo"]:
            typos.append(iid)
    write_jsonl("intents.jsonl", rows)
    save_typos("intents", typos)
    print("intents:", len(rows), "typos:", len(typos))


if __name__ == "__main__":
    main()
