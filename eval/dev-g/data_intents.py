# Hand-written intent utterances: (text, intent, slots)
# Slots carry only what the utterance itself says. Canonical conference names from manifest.yaml.
AD = "AWSome Day Manchester 2018"
SL = "AWS Summit London 2019"
BK = "AWS book (netshock)"
BD = "AWS Builders Day Manchester 2018"
RI = "AWS re:Invent 2017"

I = []
def add(intent, *items):
    for it in items:
        if isinstance(it, str):
            I.append((it, intent, {}))
        else:
            I.append((it[0], intent, it[1]))

add("ask_question",
    ("whats the lambda concurrency limit", {"topic": "lambda concurrency limit"}),
    ("how many regions does aws have", {"topic": "number of aws regions"}),
    ("at builders day what was the max lambda memory", {"conference": BD, "topic": "lambda max memory"}),
    ("what did adrian say about netflix regions", {"speaker": "Adrian Hornsby", "topic": "netflix regions"}),
    ("how fast is aurora vs mysql acording to the book", {"conference": BK, "topic": "aurora vs mysql performance"}),
    ("s3 max object size?", {"topic": "s3 max object size"}),
    ("sqs retention", {"topic": "sqs message retention"}),
    ("how much does cloud9 cost", {"topic": "cloud9 cost"}),
    ("nacl vs security group", {"topic": "nacl vs security group"}),
    ("what did tom woodyer say was the first aws service", {"speaker": "Tom Woodyer", "topic": "first aws service"}),
    ("in vegas what did werner say about encryption", {"conference": RI, "speaker": "Werner Vogels", "topic": "encryption"}),
    ("how many ppl went to the london summit", {"conference": SL, "topic": "attendance"}),
    ("kinesis shard limits", {"topic": "kinesis shard throughput"}),
    ("whats the vpc peering limit", {"topic": "vpc peering limit"}),
    ("is dms free?", {"topic": "dms pricing"}),
    ("can lex start a conversation", {"topic": "lex starting a chat"}),
    ("how do i add latency to a network for chaos testing", {"topic": "adding network latency"}),
    ("yo what port does rds use", {"topic": "rds port"}),
    ("difference between kinesis streams and firehose", {"topic": "kinesis streams vs firehose"}),
    ("rds backup retention at awesome day?", {"conference": AD, "topic": "rds backup retention"}),
    ("how many alexa skills are there", {"topic": "number of alexa skills"}),
    ("what does sam local need", {"topic": "sam local prerequisites"}),
    ("umm so like how do step functions get billed, is it per state or per run or what", {"topic": "step functions pricing"}),
    ("what's rpo", {"topic": "rpo"}),
    ("how many microservices does monzo run", {"topic": "monzo microservices"}),
    ("explain multi-az rds", {"topic": "rds multi-az"}),
    ("transit gateway max connections", {"topic": "transit gateway connections"}),
    ("whats the availibility formula from builders day", {"conference": BD, "topic": "availability formula"}),
    ("which is cheaper reserved or on demand instances", {"topic": "reserved vs on-demand cost"}),
    ("wat did the summit say about flow logs", {"conference": SL, "topic": "flow logs"}),
    ("bastion host??", {"topic": "bastion host"}),
)

add("list_talks",
    ("what talks were at builders day", {"conference": BD}),
    ("list the sessions from reinvent", {"conference": RI}),
    ("which sessions did adrian hornsby give", {"speaker": "Adrian Hornsby"}),
    ("what talks did paul maddox do", {"speaker": "Paul Maddox"}),
    ("sessions at the london summit?", {"conference": SL}),
    ("what was on at awsome day", {"conference": AD}),
    "list all talks",
    ("which talks were about serverless", {"topic": "serverless"}),
    ("show me the reinvent sessions about finance", {"conference": RI, "topic": "financial services"}),
    ("what sessions did tom woodyer run", {"speaker": "Tom Woodyer"}),
    "talks?",
    ("any talks on chaos engineering", {"topic": "chaos engineering"}),
    ("what did the author attend at excel", {"conference": SL}),
    ("gimme the agenda for the manchester builders day", {"conference": BD}),
    ("which vegas sessions were about databases", {"conference": RI, "topic": "databases"}),
    ("list sessions by adrian horn", {"speaker": "Adrian Hornsby"}),
    ("what sessions were there on dynamodb", {"topic": "dynamodb"}),
    ("which sessions did ian massingham present", {"speaker": "Ian Massingham"}),
    ("what talks cover networking", {"topic": "networking"}),
    ("all the awsome day sessions pls", {"conference": AD}),
    ("which sesions mention netflix", {"topic": "netflix"}),
    ("what were the afternoon sessions at the summit", {"conference": SL}),
)

add("speaker_info",
    ("who is adrian hornsby", {"speaker": "Adrian Hornsby"}),
    ("who's paul maddox", {"speaker": "Paul Maddox"}),
    ("tell me about ric harvey", {"speaker": "Ric Harvey"}),
    ("who is werner vogels", {"speaker": "Werner Vogels"}),
    ("what did tom woodyer present", {"speaker": "Tom Woodyer"}),
    ("who is bjoern reinke", {"speaker": "Bjoern Reinke"}),
    ("what did ian massingham present", {"speaker": "Ian Massingham"}),
    ("who's andrew muttoni", {"speaker": "Andrew Muttoni"}),
    ("who is christian deger", {"speaker": "Christian Deger"}),
    ("steven bryen?", {"speaker": "Steven Bryen"}),
    ("who is phil jordan", {"speaker": "Phil Jordan"}),
    ("what did adrian horn talk about", {"speaker": "Adrian Hornsby"}),
    ("who is torsten kablitz", {"speaker": "Torsten Kablitz"}),
    ("tell me about perry wald", {"speaker": "Perry Wald"}),
    ("who's tom read", {"speaker": "Tom Read"}),
    ("wat did maddox present", {"speaker": "Paul Maddox"}),
    ("who is clodagh moriaty", {"speaker": "Clodagh Moriaty"}),
    ("info on felix candelario pls", {"speaker": "Felix Candelario"}),
    ("who's simon wardley", {"speaker": "Simon Wardley"}),
    ("what did werner present at reinvent", {"speaker": "Werner Vogels", "conference": RI}),
    ("who is tom adamski", {"speaker": "Tom Adamski"}),
    ("hornsby?", {"speaker": "Adrian Hornsby"}),
)

add("summarize_talk",
    ("summarize creating resilience through destruction", {"talk": "Creating resilience through destruction"}),
    ("give me a summary of serverless architectural patterns", {"talk": "Serverless Architectural Patterns"}),
    ("tldr of the networking fundamentals talk", {"talk": "AWS networking fundamentals"}),
    ("sum up the alexa skill session", {"talk": "How to build an Alexa Skill in 30 minutes"}),
    ("recap of the step functions talk", {"talk": "Building Advanced Serverless Applications with AWS Step Functions"}),
    ("what was the serverless state of the union about", {"talk": "Serverless: State of the union"}),
    ("summarise the media intelligence session", {"talk": "Media Intelligence"}),
    ("key points from the netflix efficiency talk", {"talk": "Tooling Up for Efficiency: DIY Solutions @ Netflix"}),
    ("overview of werner's keynote", {"talk": "Thursday Keynote, Werner Vogels, CTO", "speaker": "Werner Vogels"}),
    ("what was the AI talk at the summit about", {"conference": SL, "talk": "Driving digital transformation using artificial intelligence"}),
    ("summary of the dms session pls", {"talk": "Migrate Your Databases with the AWS Database Migration Service and AWS Schema Conversion Tool"}),
    ("give me the gist of the global tables talk", {"talk": "Building Global Serverless Backends powered by Amazon DynamoDB Global Tables"}),
    ("summarize the iam session at awsome day", {"conference": AD, "talk": "Security, Identity & Access Management (IAM Services)"}),
    ("main takeaways from the active active talk", {"talk": "How to Design a Multi-Region Active-Active Architecture"}),
    ("recap the barclays session", {"talk": "Farewell to a Trade-off: Enabling High-scale, Bank-wide Cloud Adoption by Delivering Control and Self-service through Automation and Continuous Compliance"}),
    ("summary: serverless development", {"talk": "Serverless Development"}),
    ("what was the enterprise fast lane talk about", {"talk": "The Enterprise Fast Lane - What Your Competition Doesn't Want You to Know about Enterprise Cloud Transformation"}),
    ("tl;dr financial chatbots", {"talk": "Financial Services Chatbots Using AWS Services"}),
    ("summarise ric harvey's keynote", {"speaker": "Ric Harvey", "talk": "Key note"}),
    ("give me a rundown of the rds and dynamodb session", {"talk": "RDS and DynamoDB Services"}),
    ("what was covered in measuring the internet in real time", {"talk": "Measuring the Internet in Real Time"}),
    ("quick sumary of the 3d configurator talk", {"talk": "Building a Photorealistic Real-Time 3D Configurator with Server-Side Renderings on AWS"}),
)

add("list_conferences",
    "which conferences do you have notes for",
    "what events are covered",
    "which notes do you have",
    "list conferences",
    "events?",
    "what conferences r in ur notes",
    "do you have anything from 2019",
    "which aws events did you cover",
    "what sources do u have",
    "is there a book in there too?",
    "show me all the events",
    "conferences pls",
    "what docs can i ask about",
    "which years do the notes cover",
)

add("greeting",
    "hi", "hello", "hey there", "hola", "bonjour", "ciao", "good morning", "yo", "hiya!", "hallo",
    "sup", "hey bot", "guten tag", "namaste",
)

add("help",
    "what can u do", "help", "how do i use this", "what kind of questions can i ask", "?",
    "help me pls", "what are you", "how does this work", "i'm lost", "what should i ask you",
    "commands?", "can you explain what you're for",
    "are you able to answer questions about aws talks or what",
    "halp",
)

add("goodbye",
    "bye", "goodbye", "cya", "tschüss", "adios", "au revoir", "that's all, bye", "see ya later",
    "gotta go", "later!", "good night", "auf wiedersehen", "ok im done here bye",
)

add("reset",
    "reset", "start over", "clear the conversation", "new topic", "forget everything", "restart",
    "let's start again", "wipe the chat", "reset context pls", "begin again", "clear",
    "new session", "forget what i said earlier",
)

add("thanks",
    "thanks", "thank you", "thx", "merci", "gracias", "danke", "cheers", "ty",
    "thanks a lot, that helped", "much appreciated", "grazie", "nice one thanks", "obrigado",
)

add("out_of_scope",
    "what's the weather in manchester", "tell me a joke", "translate this to french",
    "write me a python script to list s3 buckets", "book a flight to las vegas",
    "send an email to my boss", "who won the world cup", "whats bitcoin price",
    "recommend a good pizza place", "set a reminder for 3pm", "whats 2+2", "play some music",
    "order me a pizza", "how do i fix my car", "write a poem about clouds",
    "what's the capital of australia", "can you log into my aws account and delete my buckets",
    "call me an uber", "what's the latest aws news today", "generate a cloudformation template for me",
    "sing me a song", "whats the meaning of life",
)
