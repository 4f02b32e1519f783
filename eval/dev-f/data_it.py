# Intent utterances: (intent, text, slots)
AD = "AWSome Day Manchester 2018"
SL = "AWS Summit London 2019"
BK = "AWS book (netshock)"
BD = "AWS Builders Day Manchester 2018"
RI = "AWS re:Invent 2017"

T_RESIL = "Creating resilience through destruction"
T_PATTERNS = "Serverless Architectural Patterns"
T_NETFUND = "AWS networking fundamentals"
T_AI = "Driving digital transformation using artificial intelligence"
T_ALEXA = "How to build an Alexa Skill in 30 minutes"
T_SOTU = "Serverless: State of the union"
T_SDEV = "Serverless Development"
T_GLOBAL = "Building Global Serverless Backends powered by Amazon DynamoDB Global Tables"
T_STEP = "Building Advanced Serverless Applications with AWS Step Functions"
T_KEYNOTE_AD = "Key note"
T_EC2 = "Amazon Elastic Cloud Compute (EC2)"
T_S3 = "Amazon Simple Storage Service (S3)"
T_IAM = "Security, Identity & Access Management (IAM Services)"
T_RDS = "RDS and DynamoDB Services"
T_ELAST = "Elasticity & Management Tools"
T_WERNER = "Thursday Keynote, Werner Vogels, CTO"
T_DMS = "Migrate Your Databases with the AWS Database Migration Service and AWS Schema Conversion Tool"
T_NETFLIX = "Tooling Up for Efficiency: DIY Solutions @ Netflix"
T_MEDIA = "Media Intelligence"
T_AA = "How to Design a Multi-Region Active-Active Architecture"
T_BARCLAYS = ("Farewell to a Trade-off: Enabling High-scale, Bank-wide Cloud Adoption by Delivering Control "
              "and Self-service through Automation and Continuous Compliance")
T_CHATBOT = "Financial Services Chatbots Using AWS Services"
T_3D = "Building a Photorealistic Real-Time 3D Configurator with Server-Side Renderings on AWS"
T_FASTLANE = ("The Enterprise Fast Lane - What Your Competition Doesn't Want You to Know about Enterprise "
              "Cloud Transformation")
T_CDN = "Measuring the Internet in Real Time"
T_REG = "Cloud Security for Regulated Industries"
T_CULTURE = "Culture Shift: How to Move a Global Financial Services Organization to a DevOps Operating Model"

IT = [
# ---------------- greeting (15)
("greeting", "hi", {}),
("greeting", "hello there", {}),
("greeting", "heyyy", {}),
("greeting", "yo", {}),
("greeting", "hola!", {}),
("greeting", "bonjour", {}),
("greeting", "hallo, wie gehts?", {}),
("greeting", "good morning bot", {}),
("greeting", "hiya :)", {}),
("greeting", "sup", {}),
("greeting", "konnichiwa", {}),
("greeting", "ol\u00e1, tudo bem?", {}),
("greeting", "hey, anyone there?", {}),
("greeting", "greetings, assistant", {}),
("greeting", "g'day", {}),
# ---------------- goodbye (13)
("goodbye", "bye", {}),
("goodbye", "cya", {}),
("goodbye", "ok that's all for now, bye", {}),
("goodbye", "adios", {}),
("goodbye", "tsch\u00fcss", {}),
("goodbye", "laters", {}),
("goodbye", "gotta run, talk later", {}),
("goodbye", "good night", {}),
("goodbye", "au revoir", {}),
("goodbye", "bye bye", {}),
("goodbye", "ciao ciao, devo andare", {}),
("goodbye", "signing off", {}),
("goodbye", "im done here, see ya", {}),
# ---------------- thanks (13)
("thanks", "thanks", {}),
("thanks", "thx", {}),
("thanks", "ty!", {}),
("thanks", "cheers mate", {}),
("thanks", "thank you so much", {}),
("thanks", "danke sch\u00f6n", {}),
("thanks", "merci beaucoup", {}),
("thanks", "gracias", {}),
("thanks", "that's super helpful, thanks", {}),
("thanks", "nice one ta", {}),
("thanks", "much appreciated", {}),
("thanks", "thank u", {}),
("thanks", "legend, cheers", {}),
# ---------------- reset (13)
("reset", "start over", {}),
("reset", "reset", {}),
("reset", "clear the chat", {}),
("reset", "forget everything we talked about", {}),
("reset", "new topic pls, wipe what we had", {}),
("reset", "can we start again from scratch", {}),
("reset", "wipe context", {}),
("reset", "restart", {}),
("reset", "nvm, start over", {}),
("reset", "clear history", {}),
("reset", "lets begin fresh", {}),
("reset", "reset the conversation please", {}),
("reset", "scrap all that, fresh convo", {}),
# ---------------- help (14)
("help", "help", {}),
("help", "what can you do?", {}),
("help", "how do i use this thing", {}),
("help", "what kind of questions can i ask you", {}),
("help", "??", {}),
("help", "help me pls", {}),
("help", "what are you exactly", {}),
("help", "commands?", {}),
("help", "how does this bot work", {}),
("help", "can u explain what you're for", {}),
("help", "i'm lost", {}),
("help", "what should i ask you", {}),
("help", "ayuda por favor", {}),
("help", "hmm not sure how this works, any tips?", {}),
# ---------------- list_conferences (14)
("list_conferences", "which conferences do you have notes for", {}),
("list_conferences", "what events are covered", {}),
("list_conferences", "list the conferences", {}),
("list_conferences", "what notes do u have", {}),
("list_conferences", "conferences?", {}),
("list_conferences", "which aws events are in here", {}),
("list_conferences", "whats in your library", {}),
("list_conferences", "show me all the events", {}),
("list_conferences", "which docs are loaded", {}),
("list_conferences", "what sources have you got", {}),
("list_conferences", "which summits and conferences can i ask about", {}),
("list_conferences", "list all the notes pls", {}),
("list_conferences", "what years are the conferences from", {}),
("list_conferences", "events list", {}),
# ---------------- list_talks (20)
("list_talks", "what talks were at builders day", {"conference": BD}),
("list_talks", "sessions at reinvent?", {"conference": RI}),
("list_talks", "which sessions did adrian hornsby give", {"speaker": "Adrian Hornsby"}),
("list_talks", "which talks did tom woodyer do", {"speaker": "Tom Woodyer"}),
("list_talks", "list the london summit sessions", {"conference": SL}),
("list_talks", "agenda for awsome day?", {"conference": AD}),
("list_talks", "what sessions did the blogger go to at excel", {"conference": SL}),
("list_talks", "which talks by adrian horn", {"speaker": "Adrian Hornsby"}),
("list_talks", "what was on at the manchester builders day", {"conference": BD}),
("list_talks", "any talks about serverless at builders day?", {"conference": BD, "topic": "serverless"}),
("list_talks", "talks on chaos engineering?", {"topic": "chaos engineering"}),
("list_talks", "list reinvent 2017 sessions about dynamodb", {"conference": RI, "topic": "dynamodb"}),
("list_talks", "whch sessions did ian massingham run", {"speaker": "Ian Massingham"}),
("list_talks", "what were the financial services talks in vegas", {"conference": RI, "topic": "financial services"}),
("list_talks", "show me every talk you know of", {}),
("list_talks", "talks at the aws summit", {"conference": SL}),
("list_talks", "which sessions covered networking", {"topic": "networking"}),
("list_talks", "which sessions did paul maddox give", {"speaker": "Paul Maddox"}),
("list_talks", "awesome day talk list", {"conference": AD}),
("list_talks", "what sessions were there at re:invent on migrating databases", {"conference": RI, "topic": "database migration"}),
# ---------------- speaker_info (20)
("speaker_info", "who is adrian hornsby", {"speaker": "Adrian Hornsby"}),
("speaker_info", "what did paul maddox present", {"speaker": "Paul Maddox"}),
("speaker_info", "tell me about ric harvey", {"speaker": "Ric Harvey"}),
("speaker_info", "who's tom woodyer?", {"speaker": "Tom Woodyer"}),
("speaker_info", "who was steven bryen", {"speaker": "Steven Bryen"}),
("speaker_info", "bjoern reinke who?", {"speaker": "Bjoern Reinke"}),
("speaker_info", "who is christian deger", {"speaker": "Christian Deger"}),
("speaker_info", "what did werner talk about at reinvent", {"speaker": "Werner Vogels", "conference": RI}),
("speaker_info", "who's ian massingham", {"speaker": "Ian Massingham"}),
("speaker_info", "info on andrew muttoni", {"speaker": "Andrew Muttoni"}),
("speaker_info", "who's torsten kablitz", {"speaker": "Torsten Kablitz"}),
("speaker_info", "what did adrian horn present in london", {"speaker": "Adrian Hornsby", "conference": SL}),
("speaker_info", "who is perry wald", {"speaker": "Perry Wald"}),
("speaker_info", "whats abby fuller's deal", {"speaker": "Abby Fuller"}),
("speaker_info", "who is felix candelario", {"speaker": "Felix Candelario"}),
("speaker_info", "tom adamski - who's that", {"speaker": "Tom Adamski"}),
("speaker_info", "who was the ministry of justice speaker at the summit", {"conference": SL}),
("speaker_info", "who is simon wardley", {"speaker": "Simon Wardley"}),
("speaker_info", "paul maddox bio pls", {"speaker": "Paul Maddox"}),
("speaker_info", "who's hanybal jajoo", {"speaker": "Hanybal Jajoo"}),
# ---------------- summarize_talk (20)
("summarize_talk", "summarize creating resilience through destruction", {"talk": T_RESIL}),
("summarize_talk", "tl;dr of serverless architectural patterns", {"talk": T_PATTERNS}),
("summarize_talk", "give me a summary of the aws networking fundamentals talk", {"talk": T_NETFUND}),
("summarize_talk", "recap the keynote at awsome day", {"talk": T_KEYNOTE_AD, "conference": AD}),
("summarize_talk", "sum up werner's thursday keynote", {"talk": T_WERNER, "speaker": "Werner Vogels"}),
("summarize_talk", "what was the alexa skill in 30 mins session about", {"talk": T_ALEXA}),
("summarize_talk", "summary of the dms talk at reinvent", {"talk": T_DMS, "conference": RI}),
("summarize_talk", "can u summarise the step functions session", {"talk": T_STEP}),
("summarize_talk", "key points from the netflix efficiency tooling talk", {"talk": T_NETFLIX}),
("summarize_talk", "main takeaways of the london talk on resilience", {"talk": T_RESIL, "conference": SL}),
("summarize_talk", "brief me on the dynamodb global tables session", {"talk": T_GLOBAL}),
("summarize_talk", "sum up tom's ec2 session", {"talk": T_EC2, "speaker": "Tom Woodyer"}),
("summarize_talk", "summarise the state of the union one", {"talk": T_SOTU}),
("summarize_talk", "what happened in the media intelligence session", {"talk": T_MEDIA}),
("summarize_talk", "overview of the active active talk pls", {"talk": T_AA}),
("summarize_talk", "summarize the barclays 'farewell to a trade-off' talk", {"talk": T_BARCLAYS}),
("summarize_talk", "recap of the chatbot chalk talk", {"talk": T_CHATBOT}),
("summarize_talk", "summarise the AI talk from the summit", {"talk": T_AI, "conference": SL}),
("summarize_talk", "wat was the 3d configurator session about", {"talk": T_3D}),
("summarize_talk", "quick summary: serverless development by paul", {"talk": T_SDEV, "speaker": "Paul Maddox"}),
# ---------------- ask_question (35)
("ask_question", "whats the lambda concurrency limit", {"topic": "lambda concurrency limit"}),
("ask_question", "how many ppl were at the london summit", {"conference": SL, "topic": "attendee count"}),
("ask_question", "aurora vs mysql speed at awsome day?", {"conference": AD, "topic": "aurora performance vs mysql"}),
("ask_question", "s3 max object size", {"topic": "s3 object size limit"}),
("ask_question", "what did adrian say about netflix regions", {"speaker": "Adrian Hornsby", "topic": "netflix regions"}),
("ask_question", "how much does cloud9 cost", {"topic": "cloud9 price"}),
("ask_question", "sqs retention?", {"topic": "sqs message retention"}),
("ask_question", "nacl vs security group in the ebook", {"conference": BK, "topic": "nacl vs security group"}),
("ask_question", "what's the peering limit they mentioned at the summit", {"conference": SL, "topic": "vpc peering limit"}),
("ask_question", "when does dtcc do its dr tests", {"topic": "dtcc disaster recovery testing"}),
("ask_question", "how many regions did aws have per tom woodyer", {"speaker": "Tom Woodyer", "topic": "number of regions"}),
("ask_question", "step functions pricing", {"topic": "step functions pricing"}),
("ask_question", "kinesis shard throughput in the book", {"conference": BK, "topic": "kinesis shard throughput"}),
("ask_question", "is dms free", {"topic": "dms pricing"}),
("ask_question", "what tools did hornsby list for chaos engineering", {"speaker": "Adrian Hornsby", "topic": "chaos engineering tools"}),
("ask_question", "max lambda runtime at builders day", {"conference": BD, "topic": "lambda maximum run time"}),
("ask_question", "rds backup retention", {"topic": "rds backup retention"}),
("ask_question", "what's the first aws service ever", {"topic": "first aws service"}),
("ask_question", "does lex do authentication", {"topic": "lex authentication"}),
("ask_question", "how fast do dynamodb global tables replicate", {"topic": "dynamodb global tables replication"}),
("ask_question", "whats the twitter hashtag for awsome day", {"conference": AD, "topic": "twitter hashtag"}),
("ask_question", "werner's availability numbers for 2 azs", {"speaker": "Werner Vogels", "topic": "availability per availability zone"}),
("ask_question", "how do i ssh into a private rds box per the ebook", {"conference": BK, "topic": "connect to private rds"}),
("ask_question", "drax renewable energy share", {"topic": "drax renewable energy share"}),
("ask_question", "so um i was wondering, at the manchester builders thing, did they say anything about how to keep lambdas warm or whatever", {"conference": BD, "topic": "keeping lambda warm"}),
("ask_question", "what's glacier retreival time", {"topic": "glacier retrieval time"}),
("ask_question", "how many skills does alexa have", {"topic": "number of alexa skills"}),
("ask_question", "netflix chaos experiment traffic %", {"topic": "netflix chaos experiment traffic"}),
("ask_question", "what did ric harvey say about sagemaker", {"speaker": "Ric Harvey", "topic": "sagemaker"}),
("ask_question", "cloudhsm vs kms", {"topic": "cloudhsm vs kms"}),
("ask_question", "in the creating resilience through destruction talk what was the latency command", {"talk": T_RESIL, "topic": "network latency command"}),
("ask_question", "how many vpcs per region by default", {"topic": "vpc limit per region"}),
("ask_question", "which company did the chaos monkey people start", {"topic": "chaos monkey company"}),
("ask_question", "mycs render cost per hour", {"topic": "mycs rendering cost"}),
("ask_question", "ok random one but what port does rds use", {"topic": "rds port"}),
# ---------------- out_of_scope (23)
("out_of_scope", "translate 'availability zone' into french", {}),
("out_of_scope", "write me a python script that lists my s3 buckets", {}),
("out_of_scope", "book me a flight to las vegas for next week", {}),
("out_of_scope", "whats the weather in manchester", {}),
("out_of_scope", "order a pizza", {}),
("out_of_scope", "set a reminder for 9am tomorrow", {}),
("out_of_scope", "tell me a joke", {}),
("out_of_scope", "who won the champions league", {}),
("out_of_scope", "email these notes to my boss", {}),
("out_of_scope", "write a poem about kubernetes", {}),
("out_of_scope", "what's amazon's share price", {}),
("out_of_scope", "convert 100 usd to gbp", {}),
("out_of_scope", "play some red hot chili peppers", {}),
("out_of_scope", "book a hotel near excel", {}),
("out_of_scope", "write terraform for a vpc with two subnets", {}),
("out_of_scope", "generate a cloudformation template for me", {}),
("out_of_scope", "can you debug my lambda code? here it is: exports.handler = ...", {}),
("out_of_scope", "how do i cook risotto", {}),
("out_of_scope", "register me for the next reinvent", {}),
("out_of_scope", "traduce esto al espa\u00f1ol: hello world", {}),
("out_of_scope", "draw me an architecture diagram", {}),
("out_of_scope", "call my manager", {}),
("out_of_scope", "what's 17*23", {}),
]
