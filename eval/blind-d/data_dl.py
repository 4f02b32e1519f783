# Dialogues: list of conversations; each is a list of turns.
# normal turn: (user, answer, [regexes], doc)
# decline turn: ("DECLINE", user, [absent regexes])  -> the notes do not say
A = "awsome-day-manchester-2018.txt"
S = "aws-summit-london-2019.txt"
B = "aws-book-netshock.txt"
D = "aws-builders-day-manchester-2018.txt"
R = "aws-reinvent-2017.txt"

DL = [
# bd001
[("whats the lambda concurrency limit they mentioned at builders day", "1000 concurrent executions per region, across all your functions.", [r"1,?000"], D),
 ("can you go above it?", "Yes, but only after manually requesting an increase from Amazon.", [r"request", r"increase"], D),
 ("and the max run time?", "Lambda functions have a time-run cap of 5 minutes.", [r"5\s*min"], D),
 ("what about memory", "Memory went up from 1.5GB to 3GB (and 3GB functions get an extra vCPU).", [r"3\s*GB"], D)],
# bd002
[("summarize the chaos engineering talk from the london summit", "Creating resilience through destruction: chaos engineering means deliberately injecting failures - start small, define steady state and hypothesis, run experiments, verify and fix, minimise blast radius, use bulkheads; tools like SimianArmy, Gremlin, ToxiProxy.", [r"chaos", r"fail"], S),
 ("who gave it?", "Adrian Hornsby (@adhorn).", [r"Adrian|Hornsby|Horn\b"], S),
 ("did he speak at builders day too", "Yes: Serverless Architectural Patterns, and Building Global Serverless Backends powered by Amazon DynamoDB Global Tables.", [r"Architectural Patterns", r"Global Tables"], D),
 ("what was the second one about", "Designing for failure and multi-region: availability = MTBF/(MTBF+MTTR), exponential back-off, active multi-region architectures, and DynamoDB global tables replicating across regions in 500ms or less.", [r"global tables?", r"regions?"], D)],
# bd003
[("which talks did the blogger go to at the summit", "Driving digital transformation using artificial intelligence; AWS networking fundamentals; Creating resilience through destruction; How to build an Alexa Skill in 30 minutes.", [r"networking fundamentals", r"Alexa"], S),
 ("who gave the second one?", "AWS networking fundamentals was given by Perry Wald and Tom Adamski.", [r"Perry Wald|Adamski"], S),
 ("how many vpc peerings can you have", "There is a limit of 125 peerings.", [r"\b125\b"], S),
 ("and transit gateway?", "Each Transit Gateway can support up to 5000 connections.", [r"5,?000"], S)],
# bd004
[("who did the keynote at awesome day", "Ric Harvey.", [r"Ric Harvey"], A),
 ("whats his twitter handle", "@ric__harvey", [r"ric__harvey"], A),
 ("DECLINE", "which company does he work for?", [r"Harvey[^\n]{0,60}(works|employ|evangelist|architect|manager)"]),
 ("ok, what new database did he mention", "Neptune, AWS's graph database.", [r"Neptune"], A)],
# bd005
[("how much faster is aurora than mysql at awsome day", "Up to 10x the performance of MySQL.", [r"10\s*x"], A),
 ("and in the book?", "The e-book says 5 times better performance than MySQL.", [r"5 times|5x"], B),
 ("what about postgres", "AWSome Day said up to 3x the performance of PostgreSQL (the book gives no PostgreSQL figure).", [r"3\s*x"], A)],
# bd006
[("sqs message retention in the ebook", "Between 1 minute and 14 days.", [r"14\s*days"], B),
 ("whats the default", "4 days.", [r"4\s*days"], B),
 ("and max visibility timeout?", "12 hours.", [r"12\s*hours"], B),
 ("how big can a msg be", "Up to 256kb.", [r"256\s*kb"], B)],
# bd007
[("tell me about the step functions session at builders day", "AWS Step Functions use state machines (defined in JSON with Amazon States Language) to coordinate Lambda functions, keep state up to 1 year, handle failures, branches, waits and retries with back-off; priced per state transition.", [r"state machines?"], D),
 ("who gave it?", "Paul Maddox.", [r"Maddox"], D),
 ("what else did he present", "Serverless Development, where he showed AWS SAM Local, which he created.", [r"Serverless Development|SAM Local"], D),
 ("what do i need to run that tool", "Docker installed locally.", [r"Docker"], D)],
# bd008
[("what did they say about DMS at reinvent", "The Database Migration Service migrates databases with minimal downtime (lift-and-shift, homogeneous, heterogeneous), replicates changes, runs on replication instances, and pairs with the Schema Conversion Tool.", [r"DMS|Database Migration", r"replicat|migrat"], R),
 ("is it free?", "It's free to migrate to Aurora.", [r"free"], R),
 ("how many tables at once per instance", "Up to 8 tables at the same time.", [r"\b8\b"], R),
 ("can i pause the instance", "No, only the task can be paused, not the instance (it's a requested feature).", [r"task"], R)],
# bd009
[("how many people went to the london summit", "12000+ were claimed.", [r"12,?000"], S),
 ("DECLINE", "how much was a ticket?", [r"(ticket|pass|registration)[^\n]{0,60}(\$|£|€)"]),
 ("ok how many sponsors then", "98 sponsoring partners.", [r"\b98\b"], S)],
# bd010
[("what does the ebook say about kinesis retention", "24 hours by default, can be increased to 7 days.", [r"24\s*hours"], B),
 ("shard throughput?", "Read 2MB per second and write 1MB per second per shard.", [r"2\s*MB"], B),
 ("which builders day case study used kinesis", "Supercell, the makers of Clash of Clans.", [r"Supercell"], D),
 ("how much data a day do they do", "45 million pieces of data per day.", [r"45\s*million"], D)],
# bd011
[("how many microservices does netflix use just for the ui", "Something like 160.", [r"\b160\b"], D),
 ("how many regions do they run in", "3 AWS regions - 2 US and 1 EU.", [r"\b3\b"], D),
 ("did netflix say anything about serverless at reinvent", "Yes - they said they don't have any serverless infrastructure.", [r"server\s?less"], R),
 ("whats picsou", "Netflix's comprehensive cloud capacity tool (Scrooge McDuck in French).", [r"Scrooge|capacity"], R)],
# bd012
[("what werner vogels quote came up at builders day", "\"Failures are a given. Everything will fail eventually\".", [r"Failures are a given"], D),
 ("was it used at the summit too", "Yes, in Adrian's resilience talk: \"Failures are a given and everything will eventually fail over time\".", [r"Failures are a given"], S),
 ("what did werner himself say about encryption at reinvent", "\"Dance like no one watching. Encrypt like everyone is.\"", [r"encrypt like everyone"], R),
 ("which day was that keynote", "The Thursday keynote.", [r"Thursday"], R),
 ("DECLINE", "what time did it start?", [r"keynote[^\n]{0,60}\d{1,2}[:.]\d\d", r"\d{1,2}[:.]\d\d\s*(am|pm)"])],
# bd013
[("max s3 object size", "5 terabytes (objects can be 0 bytes to 5TB).", [r"5\s*(TB|terabytes)"], B),
 ("how many buckets can i have", "A maximum of 100 per account.", [r"\b100\b"], B),
 ("how many objects does s3 hold overall", "Over 25 trillion objects (said at AWSome Day).", [r"25\s*trillion"], A),
 ("how many ways can it encrypt them", "7 different ways.", [r"\b7\b"], A)],
# bd014
[("who ran the chatbots chalk talk at reinvent", "Felix Candelario, Hanybal Jajoo and Ken Jackson.", [r"Candelario|Jajoo|Ken Jackson"], R),
 ("does lex authenticate users", "No, Lex doesn't do any authentication - integrate with Cognito and pass the session to Lex.", [r"Cognito"], R),
 ("can it start a chat?", "No, Lex cannot start a chat.", [r"cannot start"], R),
 ("and can it be moved to alexa", "Yes, export Lex to JSON and import it into Alexa.", [r"JSON"], R)],
# bd015
[("how many alexa skills are there", "More than 80,000.", [r"80,?000"], S),
 ("who did the alexa talk at the summit", "Andrew Muttoni (@muttonia).", [r"Muttoni"], S),
 ("DECLINE", "what's his job title?", [r"Muttoni[^\n]{0,60}(evangelist|architect|developer advocate|manager|engineer)"]),
 ("ok what are the steps to make a skill", "Name it, choose the development model, choose a hosting method, create the skill, test in a simulation environment.", [r"hosting", r"simulat"], S)],
# bd016
[("what was the ai talk at the london summit about", "Driving digital transformation using AI: Steven Bryen on why ML drives better customer experience, AWS's ML stack (SageMaker, Greengrass), then Drax on systems of intelligence and data lakes.", [r"Drax|machine learning|ML"], S),
 ("who was the guest speaker", "Bjoern Reinke, Drax Retail's Director of Smart Metering.", [r"Reinke"], S),
 ("what does his company do", "Drax converted coal-fired power stations to burn biomass pellets, creating steam to drive turbines.", [r"biomass"], S),
 ("how much of uk renewables is that", "15% of the UK's renewable energy.", [r"15\s*%"], S)],
# bd017
[("difference between cloudhsm and kms", "CloudHSM is single-tenanted and gives you exclusive control of keys; KMS is multi-tenanted.", [r"single-?\s?tenant", r"multi-?\s?tenant"], B),
 ("how many keys can i create in the latter", "1,000 master keys per account per region.", [r"1,?000"], B),
 ("and how big can the former's cluster be", "Up to 32 HSMs.", [r"\b32\b"], B)],
# bd018
[("rds backup retention at awsome day", "Backups are on by default, retention up to 35 days.", [r"\b35\b"], A),
 ("top rds best practice?", "Test fail-over of your RDS instance.", [r"fail-?\s?over"], A),
 ("which engines get cross-region read replicas, builders day", "Aurora, MySQL, MariaDB and PostgreSQL.", [r"MariaDB", r"PostgreSQL"], D),
 ("and when does aurora get cross-region multi master", "By the end of 2018.", [r"2018"], D)],
# bd019
[("what are lambda weighted aliases", "They split traffic across versions of a function, e.g. 90% old / 10% new.", [r"split|90\s*%"], D),
 ("anything similar in api gateway?", "Yes, sub-stages allow shifting traffic from one version to another.", [r"stage"], D),
 ("can i limit concurrency per function", "Yes, Lambda has per-function concurrency throttles and concurrency metrics.", [r"throttle"], D),
 ("why would i want that", "When talking to on-premise systems with limited concurrency, or to cap costs.", [r"on-premise|cost"], D)],
# bd020
[("who spoke at cloud security for regulated industries", "Torsten Kablitz (Change Healthcare) and Benjamin Andrew (AWS Marketplace).", [r"Kablitz", r"Benjamin Andrew"], R),
 ("how many accounts did change healthcare have in 2016", "29 accounts.", [r"\b29\b"], R),
 ("and vpcs?", "62 VPCs.", [r"\b62\b"], R),
 ("what do they use to validate instances", "AWS Inspector.", [r"Inspector"], R)],
# bd021
[("what cidr did they use in the summit networking demo", "172.31.0.0/16.", [r"172\.31\.0\.0/16"], S),
 ("recommended size?", "/16 (65536 addresses), though network teams may suggest smaller.", [r"/16|65,?536"], S),
 ("DECLINE", "whats the session code for that talk", [r"\b(NET|ARC|SVC|DEV)\d{3}\b"]),
 ("ok, how many tunnels per vpn connection", "2 tunnels, with 2 endpoints in different AZs.", [r"\b2\b"], S)],
# bd022
[("what did the builders day ask an architect guy say about automating amis", "It can't be automated in the web console; script the AWS CLI calls yourself.", [r"CLI"], D),
 ("could it run as a lambda", "Yes, write it in a Lambda-supported language and invoke it as a Lambda function.", [r"Lambda"], D),
 ("any other options", "Bash or PowerShell, run manually or as part of an automated build/maintenance job.", [r"Bash|PowerShell"], D)],
# bd023
[("iam best practices at awsome day", "Delete root access keys, create individual IAM users, use groups, grant least privilege, strong password policy, MFA for privileged users, roles for EC2 apps.", [r"least privilege|MFA"], A),
 ("how does the ebook's list compare", "The book's root-account list: delete root access keys, set up MFA, create IAM users, use groups, strong password policy.", [r"MFA|Multi-Factor", r"password"], B),
 ("what does it say about deny vs allow", "An explicit deny always overrides an explicit allow.", [r"deny"], B)],
# bd024
[("why go active-active per the reinvent multi region talk", "DR environments that don't get used fall out of sync and waste money; active-active forces proper DR.", [r"out of sync|money"], R),
 ("what does 99% availability mean in downtime", "3 days 15 hours.", [r"3 days"], R),
 ("and if you add a nine?", "It doubles the cost.", [r"double"], R),
 ("which routing policies did they list", "Simple, failover, geolocation, geoproximity, latency, multivalue answer and weighted.", [r"geolocation", r"weighted"], R)],
# bd025
[("how fast do dynamodb global tables replicate", "500ms or less.", [r"500\s*ms"], D),
 ("how do you create one, per reinvent", "Enable streams, start with an empty table, then add a region.", [r"streams", r"region"], R),
 ("DECLINE", "how many regions max can one span?", [r"global tables?[^\n]{0,100}\d+ regions"])],
# bd026
[("on demand vs spot in the book", "On-demand: launch any time, pay while running, high cost. Spot: bid on capacity, low cost, but you lose the instance when the price rises above your bid.", [r"bid"], B),
 ("what about reserved", "You commit for one or three years; cheaper than on-demand but you pay whether you use it or not.", [r"one or three|reserved"], B),
 ("which is cheapest", "Spot (low cost).", [r"spot"], B)],
# bd027
[("what sessions did tom woodyer run", "At AWSome Day: EC2, S3, IAM, RDS and DynamoDB, and Elasticity & Management Tools (plus a general intro).", [r"EC2", r"S3"], A),
 ("what did he say about tags in the ec2 one", "Use tags! AWS has no resource groups; resources can have up to 50 custom tags and you can report on them.", [r"\b50\b"], A),
 ("most servers he's seen?", "Up to 900 servers.", [r"\b900\b"], A),
 ("what about the ticketing story", "The ticketing industry is 'shark infested': some DoS attacks hold tickets by starting purchases and abandoning them.", [r"shark|held|hold"], A)],
# bd028
[("was the london summit any good", "The technical sessions were worthwhile but overall the author was a little disappointed.", [r"disappoint"], S),
 ("how many sessions were there", "More than 60 technical sessions.", [r"\b60\b"], S),
 ("growth numbers?", "41% growth, Q1 2019 vs Q1 2018.", [r"41\s*%"], S)],
# bd029
[("main takeaways from serverless architectural patterns", "Adrian Hornsby: async vs stream invocation ordering, Lambda best practices, timed warm-up invocations, Step Functions for orchestration, web app and Kinesis data processing architectures, API Gateway throttling/usage plans, demos.", [r"Step Functions|Kinesis|lambda"], D),
 ("what's the gaming case study", "Supercell (Clash of Clans) uses Kinesis to analyse 45 million pieces of data a day.", [r"Supercell|Clash"], D),
 ("and the bank one", "CapitalOne's cloud custodian runs Lambda on CloudWatch/CloudTrail events to send SNS compliance notifications.", [r"Capital\s?One|custodian"], D),
 ("what does api gateway support per that talk", "Throttling, caching, usage plans and custom authorisation providers.", [r"throttling|caching|usage plans"], D)],
# bd030
[("who spoke about autoscout24 at reinvent", "Christian Deger.", [r"Deger"], R),
 ("what did they run before aws", "2000 servers in 2 data centres, Oracle, ASP.NET, VMware.", [r"2,?000"], R),
 ("why microservices", "Speed: scale the organisation and stay fast with autonomous teams making fast local decisions.", [r"speed|autonomous"], R),
 ("DECLINE", "how many engineers do they have?", [r"\d+ (engineers|developers|employees)"])],
# bd031
[("default vpc limit per region", "5.", [r"\b5\b"], B),
 ("and elastic ips?", "5.", [r"\b5\b"], B),
 ("security groups per vpc", "500.", [r"\b500\b"], B),
 ("rules per sg?", "50.", [r"\b50\b"], B)],
# bd032
[("what was the 3d configurator talk at reinvent", "MYCS's photorealistic 3D configurator using server-side rendering (ray tracing on AWS GPU instances).", [r"render"], R),
 ("how much did gpu raytracing cost them", "$25 per hour, $35k per month for 2 instances.", [r"35\s*k"], R),
 ("what was the image latency goal", "Any image must arrive in 2 secs.", [r"2 sec"], R),
 ("websocket problem?", "ELB didn't support websockets, but the Application Load Balancer does.", [r"web\s?sock"], R)],
# bd033
[("how many cloudwatch metrics does amazon get per second", "180 million.", [r"180\s*million"], A),
 ("difference between detailed and basic monitoring in the book", "Detailed: 1 minute periods; basic: 5 minute periods (free).", [r"1\s*minute", r"5\s*minute"], B),
 ("which metrics come by default", "CPU utilization, network in/out, CPU credit balance and CPU credit usage.", [r"CPU"], B),
 ("how about memory", "Not by default - memory used/available needs a script provided by AWS.", [r"script", r"Memory"], B)],
# bd034
[("who spoke in the summit keynote", "Sainsbury's Phil Jordan and Clodagh Moriaty, and Tom Read from the Ministry of Justice.", [r"Phil Jordan", r"Tom Read"], S),
 ("what did the sainsburys people talk about", "Improving online experiences, integrating brands like Nectar, and using machine learning to re-plan retail space and plan deliveries.", [r"Nectar|machine learning"], S),
 ("and the moj guy?", "Moving the MoJ to a microservice-based application architecture.", [r"microservice"], S),
 ("DECLINE", "what's sainsbury's revenue?", [r"Sainsbury[^\n]{0,150}(revenue|£|\$|billion)"])],
# bd035
[("which languages does lambda support natively per paul maddox", "NodeJS, Python, Java and C#.", [r"NodeJS", r"Python"], D),
 ("and other languages?", "Write a shim to invoke a binary - Lambda is just Amazon Linux under the hood.", [r"shim|Amazon Linux"], D),
 ("what did the state of the union add", ".NET Core 2.0 and Go.", [r"NET Core"], D),
 ("what does the book list", "NodeJS, Java, C# and Python.", [r"NodeJS", r"Python"], B)],
# bd036
[("what were barclays' cloud anti-patterns at reinvent", "Cloud brokers, a small number of AWS accounts, and centralised administration.", [r"broker", r"centrali[sz]e"], R),
 ("what's the fix for the second one", "Micro segmentation: an account for each app and environment.", [r"segmentation|account for each"], R),
 ("and the third?", "Continuous compliance with automated detective and reactive controls.", [r"Continuous Compliance"], R)],
# bd037
[("how does elasticity work, awsome day version", "A triad: ELB, Auto-Scaling and CloudWatch; ELB reports latency/utilisation to CloudWatch, which triggers auto-scaling.", [r"CloudWatch", r"auto-?\s?scaling"], A),
 ("what's the soft instance limit", "20 EC2 instances per region.", [r"\b20\b"], A),
 ("why?", "To stop auto-scaling with max set to 0 (no maximum) creating 1000 instances.", [r"1000|no maximum"], A),
 ("what's load balancer stickiness", "If the server is still up, the load balancer keeps sending the same user to the same server.", [r"same server|same user"], A)],
# bd038
[("route 53 routing options in the book", "Simple, Weighted, Latency, Failover and Geo.", [r"weighted", r"failover"], B),
 ("how does failover work", "Route to a secondary (backup) endpoint such as S3 when an instance goes down; the bucket name must match the domain and 'evaluate target health' must be yes on the primary.", [r"secondary|evaluate target health"], B),
 ("how does cloudfront caching work", "It caches content at edge locations only after the first user requests it from the origin.", [r"edge"], B)],
# bd039
[("what is SAM", "The Serverless Application Model, an extension to CloudFormation to make provisioning serverless resources easier.", [r"CloudFormation"], D),
 ("licence?", "Apache 2.0 - it's an open standard.", [r"Apache\s*2\.0"], D),
 ("how's it different from the serverless framework", "The Serverless framework is separate, works with other cloud providers, and is a completely different way of doing serverless (it can export a SAM template).", [r"other cloud providers|different"], D),
 ("did paul say anything about bitbucket", "Lots of customers have requested BitBucket support, but there are no hard timescales.", [r"BitBucket", r"timescales?"], D)],
# bd040
[("what's netflix's key chaos metric per reinvent", "Whether you can press (see) the play button.", [r"play button"], R),
 ("how much traffic goes through the experiment", "2% of traffic, split into controlled and uncontrolled lines.", [r"2\s*%"], R),
 ("what if they deviate too much", "The experiment is stopped and engineers take a look.", [r"stopped"], R),
 ("and in the summit talk what split did they use for chaos canaries", "1% chaos experiment vs 99% normal.", [r"1\s*%", r"99\s*%"], S)],
]
