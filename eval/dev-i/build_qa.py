"""Build qa.jsonl (200 answerable questions, 40 per note file)."""
from common import A, S, K, B, R, DOCS, load_docs, resolve_evidence, write_jsonl, save_typos

ITEMS = []


def Q(doc, kind, question, answer, rx, ev, typo=False):
    ITEMS.append(dict(doc=doc, kind=kind, question=question, answer=answer,
                      must_contain=rx, ev=ev, typo=typo))


# ---------------------------------------------------------------- AWSome Day
Q(A, "who", "who did the keynote at awsome day?",
  "Ric Harvey (@ric__harvey) gave the keynote.",
  [r"Ric Harvey|Harvey"], "Key note - Ric Harvey - @ric__harvey")
Q(A, "factoid", "new queue service they announced?",
  "Amazon MQ - a more standard message queue, offered as an alternative to Amazon SQS.",
  [r"\bMQ\b"], "Just announced Amazon MQ")
Q(A, "comparison", "aws improvements 2008 vs 2017",
  "24 improvements were released in 2008, versus 1300 in 2017.",
  [r"\b24\b", r"1,?300"], "Amazon released 24 improvements to AWS in 2008, and 1300 in 2017!")
Q(A, "factoid", "name of the graph db?",
  "Neptune - AWS's graph database.",
  [r"Neptune"], "AWS now has a graph database called Neptune.")
Q(A, "factoid", "fargate = ?",
  "AWS Fargate lets you manage container clusters without worrying about the underlying infrastructure.",
  [r"container"], "AWS Fargate allows managing container clusters without worrying about the underlying infrastructure.")
Q(A, "factoid", "wat was sagemaker pitched as",
  "A new machine learning tool: you can easily build, train and deploy ML models.",
  [r"machine learning|\bML\b", r"train"], "Amazon SageMaker is a new tool for machine learning", typo=True)
Q(A, "factoid", "tom's photo tagging demo used which service",
  "Amazon Rekognition - it analyses photographs to determine tags (object and facial recognition, sentiment analysis).",
  [r"Rekognition"], "Tom shows a demo of Amazon Rekognition")
Q(A, "who", "who's behind that failure as a service thing",
  "Gremlin - a company set up by the Netflix people who created Chaos Monkey.",
  [r"Gremlin", r"Netflix|Chaos Monkey"], 'offers "failure as a service" called Gremlin')
Q(A, "factoid", "first aws service ever?",
  "SQS, according to Tom Woodyer.",
  [r"SQS|Simple Queue"], "Tom says that the very first AWS service was SQS!")
Q(A, "numeric", "how much company IT just sits there unused",
  "Around 5% of all businesses' IT is wasted - completely unused.",
  [r"5\s?%|five per\s?cent"], "around 5% of all businesses IT is wasted")
Q(A, "numeric", "region count in feb 2018?",
  "18 regions, with always at least 2 availability zones per region.",
  [r"\b18\b"], "AWS now has 18 regions.")
Q(A, "factoid", "when was the awsome day thing",
  "Wednesday 28 February 2018, at Hotel Football in Manchester.",
  [r"28", r"Feb"], "held at Hotel Football in Manchester on 28th February 2018")
Q(A, "list", "tom's well architected pillars",
  "Security, reliability, performance efficiency, cost optimization and operational excellence.",
  [r"security", r"reliab", r"cost optimi[sz]ation"],
  "combination of security, reliability, performance efficiency, cost optimization, operational excellence")
Q(A, "comparison", "azure has resource groups, whats the aws equivalent",
  "AWS doesn't have resource groups - it uses tags instead (up to 50 custom tags per resource, then report on a tag value).",
  [r"tag"], "AWS doesn't have resource groups, but uses tags for this purpose")
Q(A, "who", "who's simon wardley",
  "A big speaker on the circuit (mostly in London) and a strong advocate of serverless computing - mentioned in Ric Harvey's keynote.",
  [r"serverless"], "Simon Wardley - big speaker on the circuit (mostly in London) who is a strong advocate of serverless computing.")
Q(A, "howto", "recommended way to bake a custom ami",
  "Create a running instance, configure it, shut it down, take an EBS snapshot, then create the AMI image from that snapshot.",
  [r"snapshot", r"shut|stop"], "create running instance, configure it all, shut it down, create a snapshot (EBS snapshot)")
Q(A, "howto", "can i size up an ec2 box",
  "Yes - a vertical resize: shut the instance down and then alter its size.",
  [r"shut|stop"], 'Can perform a "vertical resize" of an EC2 instance by shutting it down')
Q(A, "why", "why delay the autoscaling health check",
  "Because launching an instance takes time (Linux vs Windows, heavy start-up scripts), so the health check has to wait long enough for the instance to spin up - and you need to know that time yourself.",
  [r"time", r"spin|launch|start"], 'You need to "delay" the health check to give the instance sufficient time to spin up')
Q(A, "factoid", "byol amis meaning",
  "Bring Your Own License - Marketplace AMIs with zero software cost where you supply your own license.",
  [r"own licen[cs]e|bring your own"], "BYOL (Bring your own license)")
Q(A, "numeric", "how many objecs in s3",
  "Over 25 trillion objects.",
  [r"25 trillion"], "Currently S3 has over 25 trillion objects stored within it", typo=True)
Q(A, "numeric", "s3 encryption - how many ways",
  "7 different ways, e.g. keeping keys in AWS KMS plus other server-side key management options.",
  [r"\b7\b|seven"], "S3 supports 7 different ways to encrypt data inside it.")
Q(A, "who", "rds/dynamo session - who ran it",
  "Tom Woodyer.",
  [r"Woodyer|Tom"], "RDS and DynamoDB Services - Tom Woodyer")
Q(A, "comparison", "aws vs customer security, in a nutshell",
  "AWS is responsible for security OF the cloud (global infrastructure and foundation services); users are responsible for security IN the cloud (encryption, OS, platform, apps, identity and access).",
  [r"of the cloud", r"in the cloud"], "AWS is responsible for security OF the cloud. Users are responsible for security IN the cloud.")
Q(A, "numeric", "complaince frameworks count?",
  "58 compliance frameworks.",
  [r"\b58\b"], "AWS has 58 compliance frameworks", typo=True)
Q(A, "list", "iam best practices tom listed",
  "Delete root access keys, create individual IAM users, use groups to assign permissions, grant least privilege, configure a strong password policy, enable MFA for privileged users, use roles for apps on EC2, delegate using roles.",
  [r"root", r"least privilege", r"MFA|multi.factor"], "Delete AWS account (root) access keys, create individual IAM users")
Q(A, "howto", "let a read-only user go admin only when needed?",
  "Give them read-only access plus the 'assume to be admin' permission, which uses STS (secure token service) to elevate them to admin.",
  [r"STS|secure token|assume"], "allows access to STS (secure token service)")
Q(A, "factoid", "the shark infested ticketing thing - what was the attack",
  "Rival ticketing providers start purchases so the tickets are held, then deliberately abandon them so real users can't buy - a kind of denial of service.",
  [r"held|hold", r"abandon"], "purposefully abandon the purchase in order to prevent real users from buying the ticket")
Q(A, "list", "rds engines listed at awsome day",
  "SQL Server, Oracle, MySQL, MariaDB and Aurora.",
  [r"Oracle", r"MariaDB", r"Aurora"], "RDS - supports SQL Server, Oracle, MySQL, MariaDB, Aurora")
Q(A, "numeric", "rds backup retension max",
  "Up to 35 days (backups are on by default).",
  [r"35"], "RDS backups are enabled by default, retention up to 35 days", typo=True)
Q(A, "comparison", "rpo vs rto",
  "RPO (recovery point objective) = how much data you can afford to lose; RTO (recovery time objective) = how long it takes to recover to the RPO point.",
  [r"lose", r"recover"], "Recovery point objective (how much data can you afford to lose)")
Q(A, "comparison", "aurora speedup per the manchester awsome day",
  "Up to 10x the performance of MySQL and up to 3x PostgreSQL.",
  [r"10\s?x|ten times", r"3\s?x|three times"],
  "Aurora gives up to 10x the performance of MySQL DBs and up to 3x the performance of PostgreSQL DBs.")
Q(A, "factoid", "no.1 rds best practice",
  "Test fail-over of your RDS instance.",
  [r"fail.?over"], "Single best RDS best practice is to test fail-over of RDS instance.")
Q(A, "list", "elastisity triad?",
  "ELB (Elastic Load Balancing), Auto-Scaling and CloudWatch.",
  [r"ELB|load balanc", r"auto.?scal", r"CloudWatch"],
  "Elasticity is achieved with a triad of services, ELB (Elastic Load Balancing, Auto-Scaling and CloudWatch).", typo=True)
Q(A, "comparison", "classic vs alb vs nlb",
  "AWS has three load balancers: Classic, Application (ALB) and Network (NLB); the NLB redirects traffic at IP level.",
  [r"classic", r"ALB|application"],
  "AWS has 3 different load balancers - Classic load balancer, Application Load Balancer (ALB) and Network Load Balancer (NLB)")
Q(A, "why", "why the 20 instance soft limit",
  "Accounts have a soft limit of 20 EC2 instances per region to stop runaway auto-scaling: a maximum of 0 actually means NO maximum, and it could go mad and create 1000 instances.",
  [r"\b20\b", r"no max|zero|\b0\b|1000"], "This is to prevent auto-scaling with a maximum set to 0 (zero)")
Q(A, "factoid", "ticketmaster mouseovr scaling story",
  "TicketMaster had scaling triggered by an API call made from client-side JavaScript on MouseOver events.",
  [r"mouse.?over"], "TicketMaster had scaling triggered by an API call called by client-side JavaScript from MouseOver events", typo=True)
Q(A, "summary", "what was covered in the keynote",
  "Ric Harvey's keynote: VPC Link, AWS having the most start-up and enterprise customers, the new Amazon MQ, Simon Wardley and serverless, VMware vSphere on bare metal, 24 improvements in 2008 vs 1300 in 2017, the Neptune graph DB, Fargate and SageMaker.",
  [r"MQ|Neptune|Fargate|SageMaker", r"VPC Link|VMWare|1,?300|start.?up"], "Just announced Amazon MQ")
Q(A, "summary", "recap tom's iam session",
  "Shared responsibility model (AWS = security OF the cloud, you = IN the cloud), 58 compliance frameworks, explicit-only permissions, federated access incl. cross-account and MFA conditions, STS to elevate to admin, IAM best practices, ticketing DoS tricks, and AWS deflecting attacks 24/7/365.",
  [r"shared responsibility", r"explicit|federat|STS|MFA"], "AWS has a shared responsibility model.")
Q(A, "summary", "tldr s3 session",
  "Restrict S3 access to HTTPS for compliance like PCI (your job), over 25 trillion objects stored, more than a ton of SSDs a day when Singapore opened, and 7 ways to encrypt including KMS-managed keys.",
  [r"25 trillion|HTTPS", r"encrypt|KMS"], "S3 supports 7 different ways to encrypt data inside it.")
Q(A, "summary", "gist of the elasticity n management tools bit",
  "ELB + Auto-Scaling + CloudWatch triad, three load balancers (Classic/ALB/NLB), target groups, sticky sessions, a CloudWatch agent for app metrics even on-prem, a soft limit of 20 EC2 instances per region, API-triggered scaling (TicketMaster MouseOver story) and 180 million CloudWatch metrics per second.",
  [r"load balanc|ELB", r"CloudWatch"], "Elasticity is achieved with a triad of services")

# ---------------------------------------------------------------- Builders Day
Q(B, "who", "who did serverless state of the union?",
  "Ian Massingham (@ianmmmm).",
  [r"Massingham"], "Serverless: State of the union - Ian Massingham @ianmmmm")
Q(B, "who", "who made sam local",
  "Paul Maddox - he's the creator of AWS SAM Local.",
  [r"Maddox"], "Paul is the creator of AWS SAM Local")
Q(B, "list", "which talks did hornsby give in manchester",
  "Two: Serverless Architectural Patterns, and Building Global Serverless Backends powered by Amazon DynamoDB Global Tables.",
  [r"Architectural Patterns", r"Global Tables"], "Serverless Architectural Patterns - Adrian Hornsby - @adhorn")
Q(B, "who", "step functions talk speaker",
  "Paul Maddox (@paulmaddox).",
  [r"Maddox"], "Building Advanced Serverless Applications with AWS Step Functions - Paul Maddox")
Q(B, "howto", "can i automate snapshot -> ami -> launch config from the console?",
  "Not via the web console - that's always manual. You'd script the AWS CLI calls yourself (Bash, PowerShell, or a Lambda-supported language run as a Lambda function).",
  [r"CLI", r"manual|not|no"], "you'd need to use the AWS CLI interface and build your own script")
Q(B, "list", "serverless = what, per ian",
  "No server management, flexible scaling, high availability and no idle capacity.",
  [r"idle", r"server management"], "No server management, Flexible scaling, High availability, No idle capacity.")
Q(B, "numeric", "lambda concurrency cap",
  "1000 concurrent executions per region, across all your functions; you can request an increase manually.",
  [r"1,?000"], "AWS Lambda has a limitation of 1000 concurrent executions of functions")
Q(B, "numeric", "max lambda run time?",
  "5 minutes.",
  [r"5 min|five min"], "AWS Lambda functions have a time-run cap of 5 minutes.")
Q(B, "comparison", "lambda memory before vs after",
  "It went from 1.5GB up to 3GB.",
  [r"1\.5\s?GB", r"3\s?GB"], "AWS Memory capacity has been increased from 1.5GB to 3GB.")
Q(B, "numeric", "cold start speedup",
  "Up to 80% faster start-up times, especially helpful for Java and C#.",
  [r"80\s?%"], "optimized cold-start with up to 80% faster start-up times")
Q(B, "list", "new langauges lambda got",
  ".NET Core 2.0 and Go.",
  [r"\.NET", r"\bGo\b"], "AWS Lambda now supports .NET Core 2.0 and Go.", typo=True)
Q(B, "numeric", "cloud9 prcie",
  "About $1.60 per developer per month.",
  [r"1\.60"], "AWS Cloud9 costs about $1.60 per developer per month.", typo=True)
Q(B, "howto", "ci/cd on aws how",
  "Source from CodeCommit or GitHub, build with CodeBuild (buildspec.yaml, clean VM each time), deploy infrastructure with CloudFormation and artefacts with CodeDeploy; CodeStar orchestrates the lot.",
  [r"CodeBuild", r"CodeDeploy|CloudFormation"], "Use AWS CodeBuild for building (uses a buildspec.yaml file")
Q(B, "factoid", "weighted aliases?",
  "They split incoming traffic between two or more versions of a function, e.g. 90% to the old version and 10% to the new one.",
  [r"traffic", r"version"], "This allows splitting of incoming traffic to two or more versions of a function")
Q(B, "why", "why throttle one function's concurrency",
  "To cap its concurrent executions - handy when it talks to on-premise systems with limited concurrency, or to limit cost.",
  [r"on.?prem|cost"], "Most useful when an AWS function is used to interact with on-premise enterprise systems with limited concurrency")
Q(B, "factoid", "what's SAM",
  "The Serverless Application Model - an open standard (Apache 2.0) extension to CloudFormation that makes provisioning serverless apps easier.",
  [r"CloudFormation"], "It's an extension to CloudFormation to allow easier creation")
Q(B, "howto", "lambda with a language it doesnt support?",
  "Write a shim in a supported language (NodeJS, Python, Java, C#) that invokes your binary - Lambda is just Amazon Linux under the hood.",
  [r"shim|binary", r"Amazon Linux"], "can write a shim in any of these languages to invoke a binary")
Q(B, "summary", "what did ian's keynote cover",
  "Ian Massingham: what serverless is, request-based pricing, the standard serverless app (API Gateway, DynamoDB, S3/CloudFront, Lambda), Serverless Application Repository, SAM, the Cloud9-based editor, the 1000 concurrency limit, X-Ray, faster cold starts, 3GB memory, the 5-minute cap, .NET Core 2.0 and Go, CI/CD with CodeStar, weighted aliases, concurrency throttles, private API endpoints.",
  [r"Lambda", r"SAM|Cloud\s?9|X-?Ray|CodeStar"], "What is serverless? No server management")
Q(B, "factoid", "when n where was builders day",
  "Tuesday 27 February 2018, at the Victoria Warehouse in Manchester.",
  [r"27", r"Victoria Warehouse"], "held at the Victoria Warehouse in Manchester on 27th February 2018")
Q(B, "why", "why do i still need internet with sam local",
  "Only the compute part runs locally; if your function calls other AWS things (another Lambda, an API) you still need connectivity to AWS.",
  [r"compute", r"connect|internet"], 'You can only really replicate the "compute" part of the serverless app locally')
Q(B, "howto", "where do unit tests go",
  "In AWS CodeBuild - edit the buildspec.yaml file.",
  [r"CodeBuild|buildspec"], "AWS CodeBuild is the place to add in things like unit testing.")
Q(B, "comparison", "serverless framework vs sam",
  "The Serverless Framework is a separate framework that works with AWS and other cloud providers - a completely different way of doing serverless than SAM (it can export a SAM template and probably predates SAM).",
  [r"other cloud|different"], "that can be used with AWS (and other cloud providers)")
Q(B, "comparison", "stream vs async lambda diff",
  "Ordering: stream-based invocations are guaranteed to be ordered, async ones are not.",
  [r"order"], "stream based is guaranteed to be ordered. async is not.")
Q(B, "list", "adrian's lambda best practices",
  "Minimize package size, separate the handler from the function core, use env vars for operational behaviour, right-size memory, delete old functions.",
  [r"package size", r"handler"], "lambda best practices: minimize package size, separate handler from function core")
Q(B, "howto", "keep lambdas warm how",
  "Use timed invocations (e.g. every 5 minutes) - it doubles as a health check.",
  [r"5 min|five min|timed"], "use timed invocations (ie. every 5 minutes)")
Q(B, "summary", "pauls serverless development session, whats in it",
  "SAM Local for running and debugging Lambda and API Gateway locally via Docker, native languages plus shims, use cases, CodeStar as the next step, SAM as an open CloudFormation extension, DynamoDB local, local only covers compute, unit tests in CodeBuild, the separate Serverless Framework, and BitBucket requests.",
  [r"SAM Local", r"Docker|CodeStar|CodeBuild"], "Paul is the creator of AWS SAM Local")
Q(B, "comparison", "kinesis streams vs firehose outputs",
  "Streams can send data to EC2 instances and other outputs; Firehose only outputs to S3, ElasticSearch or RedShift.",
  [r"EC2", r"Elastic\s?Search|Red\s?Shift"], "Kinesis Firehose only allows output to S3, ElasticSearch or RedShift")
Q(B, "numeric", "supercel data volume",
  "45 million pieces of data per day, analysed in real time with Kinesis.",
  [r"45 million"], "45 million pieces of data per day!", typo=True)
Q(B, "who", "who built cloud custodian",
  "CapitalOne - it runs Lambda functions on CloudWatch/CloudTrail logs and events to send SNS notifications for compliance.",
  [r"Capital\s?One"], 'CapitalOne bank has something called "cloud custodian"')
Q(B, "factoid", "availabilty formula?",
  "Availability = normal operation time / total time = MTBF / (MTBF + MTTR).",
  [r"MTBF", r"MTTR"], "MTBF / MTBF + MTTR", typo=True)
Q(B, "comparison", "components in series vs parallel?",
  "In series, overall availability drops below that of each component; in parallel it rises above any single component.",
  [r"series", r"parallel"], "Availability of system is series reduces overall availability")
Q(B, "comparison", "reliable vs highly availabe",
  "A reliable system usually has high availability too, but a highly available system is not necessarily reliable.",
  [r"reliab", r"not necessarily"], "a highly available system is not necessarily reliable", typo=True)
Q(B, "numeric", "netflix ui microservices",
  "Something like 160 separate microservices just for the UI.",
  [r"160"], "160 separate microservices just for the UI!")
Q(B, "numeric", "global tables replication speed",
  "Updates replicate to the other regions in 500ms or less.",
  [r"500\s?ms"], "These updates happen in 500ms or less!")
Q(B, "numeric", "baseball radar sample rate",
  "2000 per second - then Lambda does real-time compute for the on-screen stats.",
  [r"2,?000"], "measure the ball when a batter hits it 2000 per second")
Q(B, "numeric", "thomson reuters videos per day",
  "350 videos a day, into 14 different formats.",
  [r"350", r"14"], "Thomson Reuters need to convert 350 videos per day into 14 different formats.")
Q(B, "list", "step functions state types",
  "Seven: task, choice, parallel, wait, fail, succeed and pass.",
  [r"choice", r"parallel", r"succeed"], "7 state types - task - a unit of work, choice - adds branching logic")
Q(B, "comparison", "lambda vs step functions, how long can each go",
  "A Lambda function can't run for more than 5 minutes, while a Step Functions state machine can hold state for up to 1 year.",
  [r"5 min|five min", r"1 year|one year|a year"],
  "AWS Lambda functions cannot run for more than 5 minutes. AWS Step Functions state machines can store state for up to 1 year!")
Q(B, "summary", "gist of pauls step functions session",
  "Baseball radar data processed with Lambda, state management as a serverless concern, state machines defined in JSON with ASL, why Step Functions beat chaining Lambdas (failure handling, branches, waits), the visual editor, an approval-email use case, Thomson Reuters splitting videos in parallel, retries with exponential back-off, 7 state types, pricing per state transition.",
  [r"state machine", r"Lambda|retr|transition"], "AWS Step Functions use state machines to define the state")
Q(B, "summary", "sum up the global tables talk",
  "Adrian Hornsby on embracing failure (Werner's quote), failure types, availability maths (MTBF/MTTR, series vs parallel), exponential back-off, message queues, Netflix's multi-region setup and Simian Army, the 100GbE AWS backbone, cross-region read replicas, and DynamoDB global tables replicating in 500ms or less.",
  [r"global tables|DynamoDB", r"fail|region"], 'DynamoDB supports "global tables"')

# ---------------------------------------------------------------- Summit London
Q(S, "numeric", "how many ppl at the london summit",
  "12,000+ attendees were claimed.",
  [r"12,?000"], "12000+ were claimed")
Q(S, "numeric", "sessions + sponsors count",
  "More than 60 technical sessions, supported by 98 sponsoring partners.",
  [r"60", r"98"], "for more than 60 technical sessions supported by 98 sponsoring partners")
Q(S, "comparison", "aws growth q1 19 vs q1 18",
  "41% growth, Q1 2019 compared with Q1 2018.",
  [r"41\s?%"], "citing 41% growth comparing Q1 2019 with Q1 2018")
Q(S, "numeric", "that LSE startup stat?",
  "95% of today's startups would find traditional IT models limiting.",
  [r"95\s?%"], "95% of today's startups would find traditional IT models limiting")
Q(S, "who", "who spoke for sainsburys",
  "Group CIO Phil Jordan and Group Digital Officer Clodagh Moriaty.",
  [r"Phil Jordan", r"Clodagh|Moriaty"], "Sainsbury's Group CIO Phil Jordan and Group Digital Officer Clodagh Moriaty")
Q(S, "who", "moj speaker?",
  "Tom Read, the Ministry of Justice CDIO - on moving the MOJ to a microservice-based architecture.",
  [r"Tom Read"], "Ministry of Justice CDIO Tom Read")
Q(S, "who", "networking fundamentals - presenters",
  "Perry Wald and Tom Adamski.",
  [r"Wald", r"Adamski"], "AWS networking fundamentals by Perry Wald and Tom Adamski.")
Q(S, "who", "who did the alexa skil session",
  "Andrew Muttoni (@muttonia).",
  [r"Muttoni"], "How to build an Alexa Skill in 30 minutes by Andrew Muttoni", typo=True)
Q(S, "who", "who's bjoern reinke",
  "Drax Retail's Director of Smart Metering - he took over the AI session from Steven Bryen.",
  [r"Drax", r"Smart Metering|Director"], "Bjoern Reinke, Drax Retail's Director of Smart Metering")
Q(S, "who", "who coined the term AI, and when",
  "John McCarthy, in 1955.",
  [r"McCarthy", r"1955"], "since John McCarthy coined it in 1955")
Q(S, "list", "which sessions did the blogger sit in on",
  "Driving digital transformation using artificial intelligence; AWS networking fundamentals; Creating resilience through destruction; How to build an Alexa Skill in 30 minutes.",
  [r"artificial intelligence", r"resilience", r"Alexa"],
  "Driving digital transformation using artificial intelligence by Steven Bryen (@Steven_Bryen) and Bjoern Reinke. • AWS networking fundamentals by Perry Wald and Tom Adamski.")
Q(S, "why", "why's AI taking off now, per aws",
  "Algorithms, data (the ability to capture and store it at scale), GPUs and acceleration, and cloud computing.",
  [r"algorithm", r"GPU", r"cloud"], "GPUs and acceleration.")
Q(S, "numeric", "world gdp forecast they quoted",
  "$80Tn in 2018, expected $112Tn in 2030 - $15.7Tn of that attributed to AI (PwC research).",
  [r"112", r"15\.7"], "expected to be $112Tn in 2030 ($15.7Tn of which can be attributed to AI)")
Q(S, "comparison", "supervised vs unsupervised vs reinforcement",
  "Supervised = getting better at finding targets; unsupervised = assume nothing and question everything; reinforcement = rewarding high-performing behaviour.",
  [r"target", r"assume nothing|question everything", r"reward"], "Machine learning can be supervised learning (betting better at finding targets)")
Q(S, "list", "amazon's own ml examples",
  "The recommendations engine, Prime Air, Alexa, Go (checkoutless stores) and robotic warehouses.",
  [r"Prime Air", r"Alexa", r"\bGo\b|checkout"], "Go (checkoutless stores)")
Q(S, "numeric", "drax share of uk renewables",
  "15% of the UK's renewable energy.",
  [r"15\s?%"], "representing 15% of the UK's renewable energy")
Q(S, "list", "what does a system of intelligence need",
  "Trusted data, insight everywhere and enterprise automation.",
  [r"trusted data", r"insight", r"automation"], "Insight everywhere.")
Q(S, "factoid", "wht cidr in the demo",
  "172.31.0.0/16 - a private range from RFC 1918.",
  [r"172\.31\.0\.0/16"], "172.31.0.0/16 (a private IP range from RFC 1918)", typo=True)
Q(S, "numeric", "how big should my vpc range be?",
  "Amazon recommends a /16 (65536 addresses), though network teams may want something smaller.",
  [r"/16|65,?536"], "Amazon recommends using /16 (65536 addresses)")
Q(S, "howto", "get a subnet onto the internet how",
  "Create a public subnet, then an Internet Gateway (IGW), then a route making the IGW the default gateway (0.0.0.0/0 -> igw).",
  [r"internet gateway|IGW", r"route"], "Then, create an Internet Gateway (IGW).")
Q(S, "howto", "outbound-only internet for a private subnet?",
  "Use a private subnet with a NAT gateway (0.0.0.0/0 -> nat_gw_id).",
  [r"NAT"], "use a NAT gateway for outbound only traffic")
Q(S, "comparison", "london networking talk: sgs vs nacls",
  "Security groups are a stateful distributed firewall (responses are allowed automatically); NACLs are stateless lists that must explicitly allow both directions.",
  [r"stateful", r"stateless"], "Network Access Control Lists (NACLs) are stateless")
Q(S, "numeric", "ports in the web/backend sg example",
  "Web servers allow port 80 from 0.0.0.0/0; back-end servers only allow port 2345 from the web servers' security group ID.",
  [r"\b80\b", r"2345"], "port 2345 and source security group ID")
Q(S, "list", "flow log feilds?",
  "Network interface, source IP and port, destination IP and port, bytes, and condition (accept/reject) - metadata only, no payload.",
  [r"source", r"bytes", r"accept|reject"], "Analysing traffic flow (no payload, just metadata)", typo=True)
Q(S, "comparison", "peering vs transit gateway limits",
  "VPC peering is 1:1 with a limit of 125 peerings; a Transit Gateway acts as a central point and supports up to 5000 connections.",
  [r"125", r"5,?000"], "There is also a limit of 125 peerings")
Q(S, "summary", "did the blogger rate the summit overall",
  "Mixed: the technical sessions made the visit worthwhile, but overall the author was a little disappointed - wouldn't watch the keynote from home and probably wouldn't go back to ExCeL with 12000 delegates herded like cattle.",
  [r"disappoint|technical sessions"], "I was a little disappointed")
Q(S, "factoid", "global accelerator does what",
  "It brings traffic onto the AWS backbone close to end users, then uses that backbone to reach services.",
  [r"backbone"], "Amazon Global Accelerator brings traffic onto the AWS backbone close to end users")
Q(S, "factoid", "resilience definiton adrian used",
  "The ability for a system to handle and eventually recover from unexpected conditions.",
  [r"recover", r"unexpected"], "the ability for a system to handle and eventually recover from unexpected conditions", typo=True)
Q(S, "who", "whose quote was failures are a given",
  "Werner Vogels, CTO of Amazon.com.",
  [r"Vogels|Werner"], "Werner Vogels, CTO, Amazon.com")
Q(S, "list", "steps to build resilient systems",
  "Steady state, hypothesis, design and run an experiment, verify and learn, fix - then maybe go back round.",
  [r"steady state", r"hypothesis", r"experiment"], "Steady state • Hypothesis")
Q(S, "comparison", "amazon vs google vs yahoo latency numbers",
  "Amazon: +100ms led to a 1% drop in sales; Google: +500ms led to 20% fewer searches; Yahoo: +400ms caused a 5-9% increase in back clicks.",
  [r"100\s?ms", r"500\s?ms", r"400\s?ms"], "Google extra 500ms of load time led to 20% fewer searches")
Q(S, "list", "chaos rules of thum",
  "Start very small, stay as close as possible to production, minimise the blast radius, and have an emergency stop (careful with state you can't roll back).",
  [r"small", r"blast radius"], "Minimise the blast radius", typo=True)
Q(S, "howto", "cmd to inject network latency",
  "tc qdisc add dev eth0 root netem delay 200ms",
  [r"tc qdisc|netem"], "tc qdisc add dev eth0 root netem delay 200ms")
Q(S, "comparison", "chaos tool for docker vs k8s vs lambda",
  "Pumba for Docker, Kube-Money for Kubernetes, Thundra for Lambda.",
  [r"Pumba", r"Kube", r"Thundra"], "Pumba (for Docker)")
Q(S, "numeric", "chaos canary split",
  "1% to the chaos experiment, 99% normal.",
  [r"\b1\s?%", r"99\s?%"], "chaos experiment (1%) or normal (99%)")
Q(S, "numeric", "how many alexa skills r there",
  "More than 80,000.",
  [r"80,?000"], "more than 80,000 skills available")
Q(S, "comparison", "alexa voice service vs skills kit",
  "Alexa Voice Service is how a device manufacturer adds Alexa to its products; the Alexa Skills Kit is for creating skills that make something happen.",
  [r"manufacturer", r"skill"], "Alexa voice service – how a device manufacturer adds Alexa to its products.")
Q(S, "summary", "summarise the ai/ml session",
  "Steven Bryen: ML drives better customer experience; AI is taking off thanks to algorithms, data, GPUs and cloud; PwC GDP figures; types of ML; Amazon's own ML (Prime Air, Alexa, Go, robots); ML challenges; an end-to-end stack (Greengrass, SageMaker). Then Bjoern Reinke on Drax: biomass, systems of record/intelligence/engagement, a data lake and Inawisdom anomaly detection.",
  [r"Drax|Bjoern", r"machine learning|ML|SageMaker"], "Steven Bryen handed over to Bjoern Reinke")
Q(S, "summary", "networking fundamentals recap",
  "VPC CIDR planning (172.31.0.0/16, /16 recommended), dual-stack, a subnet per AZ, route tables, IGW vs NAT gateway, security groups vs NACLs, flow logs, DNS and Route 53, peering (125 limit) vs Transit Gateway (5000), VPN and Direct Connect, Route 53 Resolver, VPC sharing, interface endpoints/PrivateLink, Global Accelerator.",
  [r"VPC", r"peering|Transit|NAT|flow log"], "Customers deploy into virtual private cloud (VPC) environments within AWS")
Q(S, "summary", "what was adrian's talk about",
  "Creating resilience through destruction - chaos engineering: deliberately injecting failures (start small, steady state, hypothesis, experiment), bulkheads, things to think about across software/infra/app/ops, latency business metrics, rules of thumb, canary experiments, demos (Aurora fault injection, tc, SimianArmy, Gremlin, ToxiProxy, Pumba, Thundra) and 5-whys post mortems.",
  [r"chaos|fail", r"resilien"], "chaos engineering – deliberately injecting failures into an environment")

# ---------------------------------------------------------------- re:Invent
Q(R, "summary", "what was the media intelligence talk about",
  "National Geographic enriching metadata for petabytes of images (100+ years of content) with deep-learning image analysis: a store/analyze/deliver pipeline, objects -> scenes -> concepts, a self-service API, DL to add missing pixels, GPU/FPGA training cut from ~30 days to 8 hours.",
  [r"National Geographic|metadata", r"deep learning|image"], "National Geographic - more photos each year. Petabytes of images, 100+ years of content.")
Q(R, "comparison", "chihuahua or muffin confidence lol",
  "Chihuahua at 99% confidence vs muffin at 98%.",
  [r"99", r"98"], "animal (chihuahua confidence 99%) or a muffin (98%)?")
Q(R, "comparison", "training time before/after gpu+fpga",
  "From about 30 days down to 8 hours.",
  [r"30 days", r"8 hours"], "training ~30 days -> 8 hours")
Q(R, "list", "nat geo pipeline stages",
  "Store, Analyze, Deliver.",
  [r"store", r"analy[sz]e", r"deliver"], "Pipeline: Store, Analyze, Deliver.")
Q(R, "factoid", "2 pizza team owns what",
  "The PRODUCT - not deploy tools, monitoring, database management and so on.",
  [r"product"], "Responsible for: PRODUCT")
Q(R, "comparison", "orchestration vs abstraction?",
  "Orchestration gives direct access to native capability through a common interface; abstraction builds a common provider schema aimed at multi-cloud portability, limits you to the lowest common capabilities and lengthens customisation - its goal is to prevent vendor lock-in.",
  [r"native", r"lock.?in|portab"], "Orchestration : enable direct access, to native capability")
Q(R, "list", "what does cfn_nag check",
  "Security groups open to 0.0.0.0, IAM with asterisks, EBS encryption, plus custom rules.",
  [r"0\.0\.0\.0", r"EBS"], "Checks SG for 0.0.0.0, IAM with asterix, EBS for encryption, Custom rules.")
Q(R, "who", "who presented farewell to a trade-off",
  "The CTO and CCA from Barclays.",
  [r"Barclays"], "CTO + CCA from Barclays.")
Q(R, "list", "barclays anti-patterns",
  "Cloud brokers, a small number of AWS accounts, and centralised administration.",
  [r"broker", r"account", r"centrali[sz]"], "Antipattern 3: Centralise administration.")
Q(R, "factoid", "what instead of cloud brokers",
  "Federated auth - users are redirected to the native AWS web console (Barclays' AWS Portal API hands out temporary credentials).",
  [r"federat"], "Instead of cloud brokers: federated auth, users are redirected to native AWS web console.")
Q(R, "numeric", "resource types aws had, per barclays",
  "More than 150.",
  [r"150"], ">150 resource types in AWS")
Q(R, "factoid", "continuous compliance examples?",
  "Lambda doing checks on EBS volume encryption, security groups and bucket policies.",
  [r"Lambda", r"EBS|bucket"], "Examples: Lambda doing checks on EBS volume encryptions, SGs, Bucket policies")
Q(R, "who", "chatbots chalk talk speakers",
  "Felix Candelario, Hanybal Jajoo and Ken Jackson.",
  [r"Candelario|Felix", r"Jajoo|Hanybal", r"Ken Jackson"], "Felix Candelario Hanybal Jajoo Ken Jackson")
Q(R, "factoid", "does lex handle auth",
  "No - Lex does no authentication at all; integrate with Cognito, store the ID in a DB, then pass the session to Lex.",
  [r"Cognito"], "Integrate with Cognito, store the ID in DB. Pass the session to LEX then.")
Q(R, "factoid", "lex bot into alexa possible?",
  "Yes - export Lex to JSON and import it into Alexa.",
  [r"JSON"], "It is possible to export Lex to JSON and import to Alexa.")
Q(R, "summary", "what was the netflix tooling talk",
  "Netflix cloud efficiency: everything before you hit Play runs on AWS, freedom and responsibility, a Cloud Capacity Analytics team, an efficiency hierarchy of needs (transparency, deep dives, actionable insights, automation), and tools like Picsou, the Cloud Cost Dashboard, Libra, efficiency score cards and RI recommendations.",
  [r"Picsou|Libra|efficien"], "Challenge, Team, Efficiency Hieaerrchy of needs, The Future.")
Q(R, "comparison", "homogeneous vs heterogeneous migration",
  "Homogeneous = same engine, different service; heterogeneous = a different engine, e.g. Oracle to Aurora.",
  [r"same engine", r"Oracle|different"], "Homofeneous migration (same engine, different service)… Heterogenous migration (ie. Oracle > Aurora).")
Q(R, "comparison", "t2 or c4 for dms?",
  "Replication instances are T2 or C4; pick C4 for big databases with lots of concurrency, or to cut conversion time.",
  [r"C4"], "If you migrate big DB with many concurrency, use C4.")
Q(R, "numeric", "tables per replicaton instance",
  "Up to 8 tables at the same time.",
  [r"\b8\b|eight"], "One replication instance can do up to 8 tables at the same time.", typo=True)
Q(R, "factoid", "dms price to aurora",
  "Free - DMS is free for migrations to Aurora.",
  [r"free"], "DMS is free to migrate to Aurora.")
Q(R, "list", "lob options in dms",
  "Don't include LOB columns, limited LOB mode (specify a max LOB size), or full LOB mode (specify a chunk size) - use limited mode where possible.",
  [r"limited", r"full"], "Limited LOB mode - specify max LOB size")
Q(R, "factoid", "can i pasue a replication instance",
  "Not yet - you can pause the task but not the instance; it's a requested feature.",
  [r"task"], "At the moment you can pause the task, but not the instance.", typo=True)
Q(R, "factoid", "what replaces oracle UTL_SMTP calls",
  "An autogenerated Lambda function (from the SCT extension pack).",
  [r"Lambda"], "will be replaced by autogenerated Lambda function")
Q(R, "numeric", "vegas to sao paulo rtt",
  "About 100 ms RTT; TCP plus TLS takes 2 RTT, so ~300 ms before any data is sent.",
  [r"100\s?ms"], "100 ms RTT from Las Vegas to Sao Paulpo")
Q(R, "factoid", "where does cloudfront pop health data end up",
  "It's sent to Kinesis and ultimately stored on S3.",
  [r"Kinesis", r"S3"], "POP health is sent to Kinesis and ultimately stored on S3.")
Q(R, "who", "regulated industries session speakers",
  "Torsten Kablitz (VP of IT, Change Healthcare) and Benjamin Andrew (AWS Marketplace, AWS).",
  [r"Kablitz|Torsten", r"Benjamin Andrew"], "Torsten Kablitz (VP of IT, cloud engineering, change healthcare)")
Q(R, "numeric", "change healthcare accounts in 2016",
  "29 accounts and 62 VPCs.",
  [r"29", r"62"], "In 2016, they got 29 accounts, 62 VPCs.")
Q(R, "comparison", "s&p 500 lifespan now vs 1920s",
  "About 15 years now, versus 67 years in the 1920s.",
  [r"15", r"67"], "S&P 500 company lige span = 15 years. In the 1920: 67 years.")
Q(R, "who", "autoscout24 speaker?",
  "Christian Deger from AutoScout24.",
  [r"Deger"], "Speaker: Christian Deger from AutoScout24.")
Q(R, "list", "autoscout legacy setup",
  "2000 servers, 2 data centres, MTBF-optimised, Oracle, ASP.NET and VMware.",
  [r"2,?000", r"Oracle|VMWARE|ASP"], "Legacy: 2000 servers, 2 dta centres")
Q(R, "comparison", "werner's availability tiers vs number of AZs",
  "99.9 = 1 AZ, 99.95 = 2 AZs, 99.9999 = 3 AZs, 99.99999 = multi-region (active-active over 2 regions).",
  [r"99\.95", r"multi.?region"], "99.9 availability = 1 AZ. 99.95 = 2 AZs. 99.9999 = 3 AZs.")
Q(R, "factoid", "werners encrytion line",
  "Dance like no one is watching. Encrypt like everyone is.",
  [r"dance", r"encrypt"], "Dance like no one watching. Encrypt like everyone is.", typo=True)
Q(R, "numeric", "netflix chaos - how much traffic",
  "2% of traffic is split into a control and an experiment line; too much deviation stops the experiment.",
  [r"2\s?%"], "Monitoring - 2% of traffic goes via two lines")
Q(R, "numeric", "monzo microservce count",
  "350 microservices, on Kubernetes.",
  [r"350"], "Monzo bank in UK, Kubernetes. 350 microservices.", typo=True)
Q(R, "numeric", "99% availability = how much downtime",
  "3 days 15 hours.",
  [r"3 days"], "Nines of availability = 99% = 3 days 15 hours.")
Q(R, "summary", "dms talk in a nutshell",
  "DMS plus the Schema Conversion Tool: migration patterns (lift and shift, homogeneous, heterogeneous), replication and CDC for near-zero downtime, EC2 replication instances (T2/C4), up to 8 tables at once, selection/transformation rules, Snowball support, free to Aurora, validation, and LOB best practices.",
  [r"Schema Conversion|SCT", r"replicat|Aurora"], "Quick migration, schema conversion.")
Q(R, "factoid", "picsou??",
  "Netflix's comprehensive cloud capacity tool - the name is Scrooge McDuck in French.",
  [r"Scrooge|capacity"], "Picsou. Scrooge McDUck in French.")
Q(R, "comparison", "elb vs alb for websockets (the mycs story)",
  "The ELB doesn't support websockets, but the Application Load Balancer does.",
  [r"Application Load Balancer|ALB", r"web\s?sock"], "But Application Load Balancer supports web socket.")
Q(R, "summary", "recap werner's thursday keynote",
  "Voice as a natural interface (Alexa examples, Alexa for Business), the Well-Architected framework and its security pillar, encrypt everything, a Cloud9 demo, availability best practices with AZ/region tiers, chaos engineering at Netflix (CHAP), and containers (ECS, EKS, Fargate).",
  [r"Alexa|voice", r"Well.?Architected|chaos|Cloud9|encrypt"], "Speech is a natural interface, this is how we interact.")
Q(R, "summary", "active-active talk gist?",
  "Don't do active-active lightly, it's hard: availability maths, cost per extra nine, DR that actually gets used, sync vs async replication, Aurora multi-master, tenant failover, regional independence, inter-region VPC peering, S3/RDS cross-region replication, DynamoDB global tables, Route 53 routing policies and cross-region deployments.",
  [r"replicat", r"region"], "Don't do Active Active, it's HARD")

# ---------------------------------------------------------------- e-book
Q(K, "summary", "what's the netshock book for",
  "A walk-through of the key AWS services, tools and concepts and the best practices for deploying highly available, fault tolerant systems - not a step-by-step guide; it gives pricing overviews but says to check current pricing.",
  [r"highly\s+available|fault\s+tolerant", r"best\s+practice"],
  "need to deploy highly available and fault tolerant systems in Amazon Web Services.")
Q(K, "factoid", "subnet across 2 azs?",
  "No - one subnet cannot span multiple availability zones.",
  [r"cannot|can.t|\bno\b"], "one subnet cannot span multiple availability zones")
Q(K, "comparison", "allow + deny policy on same user, which wins",
  "An explicit deny always overrides an explicit allow, so the user is denied.",
  [r"deny", r"overrid"], "an explicit deny ALWAYS overrides an explicit allow")
Q(K, "list", "first things to do on the root account",
  "Delete root access keys, set up MFA, create IAM users, use groups to assign permissions, create a strong password policy.",
  [r"access\s+keys", r"MFA|multi.factor", r"password"], "Delete your root access keys")
Q(K, "why", "why manage perms thru groups",
  "You can revoke or change access for everyone at the same time without missing anyone (e.g. the acquiring company's legal team after 3 months) - less admin burden and risk.",
  [r"revoke|same\s+time|at\s+once"], "you can revoke access to all users at the same time")
Q(K, "howto", "user going on maternity leave - lock them out w/o deleting policies?",
  "Attach a deny-all policy to the user; the explicit deny overrides their other policies.",
  [r"deny"], "you can add a deny-all policy to the user")
Q(K, "factoid", "are api keys shown more than once",
  "No - they're generated and displayed only once; if lost, deactivate them and generate new ones. Roles don't have API keys.",
  [r"once"], "API keys are generated and displayed only once")
Q(K, "who", "in the book's s3 access example, who has no group",
  "Helena and Sam - both have policies applied directly to their own accounts.",
  [r"Helena", r"Sam\b"], "Helena isn't a member of a group")
Q(K, "who", "bob and carl?",
  "Users in the admin group in the book's IAM scenario - the group's policy gives them S3 access.",
  [r"admin"], "Bob and Carl are both part of the admin group")
Q(K, "who", "which users get added in the iam walkthrough",
  "Clark and Samantha, with AWS Management Console access.",
  [r"Clark", r"Samantha"], "two users - Clark and Samantha")
Q(K, "list", "what does an internet gateway do",
  "It lets resources in the VPC communicate with the internet, and performs NAT for instances that have a public IP.",
  [r"internet", r"NAT"], "perform NAT translation for instances that have a public IP")
Q(K, "factoid", "route table says black hole?",
  "The IGW has been detached from the VPC, so subnets on that route table have no route to the internet.",
  [r"black\s*hole|detach", r"internet"], "If an IGW is detached from a VPC the route table will show a status of ‘black hole’")
Q(K, "comparison", "public vs private subnet",
  "A public subnet has a route to the internet; a private one doesn't (both reach other subnets via the local route).",
  [r"route", r"internet"], "A public subnet is defined as one that has a route to the internet.")
Q(K, "factoid", "nacl rule order - which one applies",
  "The lowest rule number wins: rules are evaluated in number order and the first match is applied (rule 90 allow beats rule 100 deny).",
  [r"lowest|lower"], "always executes the rule with the lowest rule number")
Q(K, "comparison", "detailed vs basic monitoring",
  "Detailed monitoring gives data in 1 minute periods (and costs extra); basic monitoring gives 5 minute periods and is free.",
  [r"1\s+minute", r"5\s+minute"], "Detailed monitoring provides data in 1 minute periods while basic monitoring provides data in 5 minute periods.")
Q(K, "comparison", "the book: nacl vs security group",
  "Security groups work at instance level, support allow rules only, are stateful and evaluate all rules; NACLs work at subnet level, are stateless and apply rules in rule-number order.",
  [r"stateful", r"stateless"], "Security groups are stateful")
Q(K, "summary", "vpc chapter tl;dr",
  "A VPC is a logically isolated network you define: IGW (one per VPC), route tables (local route, black hole), public vs private subnets, NACLs (stateless, numbered rules) vs security groups (stateful), default limits, peering (same region, no transitive), bastion hosts and NAT gateways, and troubleshooting tips.",
  [r"subnet", r"NACL|security\s+group|route\s+table"], "A VPC is a logically isolated area of the AWS infrastructure")
Q(K, "factoid", "is vpc peering transitive",
  "No - if VPC2 peers with VPC1 and VPC1 with VPC3, VPC2 and VPC3 can't talk; they need a direct link.",
  [r"transitive|direct"], "Transitive connections are not permitted.")
Q(K, "comparison", "nat gateway vs nat instance",
  "Same purpose, but a NAT instance is an actual EC2 instance while the NAT gateway is a managed AWS service - NAT instances are now considered legacy.",
  [r"legacy"], "NAT instances are now considered to be legacy")
Q(K, "list", "s3 bucket naming rules",
  "Between 3 and 63 characters, only lowercase letters, numbers and hyphens, and unique across all of AWS.",
  [r"\b3\b", r"63"], "Bucket names must be a minimum of 3 and a maximum of 63")
Q(K, "numeric", "biggest s3 object allowed",
  "5 terabytes (objects can be 0 bytes to 5TB).",
  [r"5\s*(TB|terabytes)"], "between 0 bytes and 5 terabytes in size")
Q(K, "numeric", "max bukets per account",
  "100 buckets per AWS account.",
  [r"100"], "maximum of 100 buckets per AWS account", typo=True)
Q(K, "comparison", "s3 storage classes compared",
  "Standard: 99.999999999% durability, 99.99% availability, highest cost; RRS: 99.99% / 99.90%, high cost; Infrequent Access: 11 nines / 99.90%, medium; Glacier: 11 nines, up to 1 day to retrieve, low cost.",
  [r"RRS|reduced", r"Glacier", r"99\.99"], "Archive storage. Up to 1 day to retrieve files stored")
Q(K, "howto", "move stuff to glacier how",
  "Apply lifecycle rules to the S3 objects (you can't just switch the class); the move can take 1 or 2 days.",
  [r"lifecycle"], "to switch to Glacier, you must apply lifecycle rules to your S3 objects")
Q(K, "factoid", "turn off s3 versioning?",
  "You can't turn it off once it's on - you can only stop it retaining versions from then on; older versions stay available.",
  [r"can.t|cannot", r"older|stop"], "you can't turn it off – you can only stop it retaining versions")
Q(K, "comparison", "single upload vs multipart",
  "A single upload works up to 5GB (multipart advised over 100MB); multipart must be used from 5GB up to 5TB and lets you re-send just the failed part.",
  [r"5\s?GB", r"multi.?part"], "Must be used for 5GB and larger and up to 5TB.")
Q(K, "comparison", "cloudhsm or kms",
  "CloudHSM is single-tenant, for when keys must be under your exclusive control (FIPS 140-2); KMS is multi-tenant, 256-bit keys, 1,000 master keys per account per region.",
  [r"single.?tenant", r"multi.?tenant"], "CloudHSM is a single-tenanted platform, while KMS is multi-tenanted.")
Q(K, "summary", "sqs section summary pls",
  "SQS queues messages between servers for decoupled apps: retention 1 minute to 14 days (default 4), visibility timeout up to 12 hours, short vs long polling, FIFO vs standard queues, KMS encryption, 256kb messages, delivery guaranteed but not order or no-duplicates on standard queues.",
  [r"decoupl|queue", r"poll|FIFO|visibility"], "SQS lends itself to the deployment of decoupled applications.")
Q(K, "howto", "see user data from inside the instance",
  "curl http://169.254.169.254/latest/user-data (and .../latest/meta-data for metadata).",
  [r"169\.254\.169\.254"], "Curl http://169.254.169.254/latest/user-data")
Q(K, "numeric", "ebs from snapshot perf hit",
  "Up to 50% degraded performance until all the storage blocks have been read.",
  [r"50\s?%"], "degraded performance (of up to 50%)")
Q(K, "numeric", "kinesis shard throughtput",
  "One shard can read 2MB per second and write 1MB per second.",
  [r"2\s?MB", r"1\s?MB"], "one shard has the capability to read 2MB per second and write 1MB per second", typo=True)
Q(K, "comparison", "on demand vs reserved vs spot",
  "On-demand: launch/terminate any time, pay only while running, high cost and flexibility; reserved: commit for one or three years, cheaper; spot: bid for capacity, lowest cost but you lose it as soon as the price rises above your bid.",
  [r"reserved", r"spot", r"bid|three|\b3\b"], "you commit to paying for a reserved instance for one or three years")
Q(K, "howto", "placement group capacity error fix",
  "Stop all the instances in the placement group and start them again.",
  [r"stop"], "This can usually be resolved by stopping all instances in the group & starting them again.")
Q(K, "who", "who patches the guest os, aws or me",
  "You (the customer) - AWS manages the host OS, but installing security patches and updates on the guest OS is your responsibility.",
  [r"your|you\b|customer"], "it is your responsibility to manage the install of security patches")
Q(K, "numeric", "aurora vs mysql per the book",
  "5 times better performance than MySQL.",
  [r"5\s?x|5\s+times|five\s+times"], "5 times better performance than MySQL")
Q(K, "numeric", "sqs retnetion?",
  "Anywhere from 1 minute to 14 days; the default is 4 days.",
  [r"14\s+days", r"4\s+days"], "Message retention can be set to between 1 minute and 14 days. The default is 4 days.", typo=True)
Q(K, "comparison", "fifo vs standard queue",
  "FIFO keeps the exact order, no duplicates, limited to 300 TPS and 20,000 in-flight; standard queues don't guarantee order, handle near-unlimited TPS and 120,000 in-flight.",
  [r"order", r"300"], "These queues are currently limited to 300 transactions per second")
Q(K, "comparison", "long vs short pollng",
  "Short polling returns immediately even if the queue is empty; long polling waits until a message arrives (max 20 s), so fewer empty responses, cheaper and almost always better.",
  [r"short", r"long", r"empty|immediate"], "Short polling – Returns a response immediately", typo=True)
Q(K, "summary", "architecture considerations chapter?",
  "Design for failure: self-healing ELB + auto scaling across at least two AZs, reserved instances in both zones, multi-AZ RDS with backups, decouple with SQS, Route 53 latency/failover routing to an S3 static site, copy AMIs and snapshots across regions, caching, CloudWatch alarms with SNS, bastion hosts, and proactive cycle/event-based plus auto scaling.",
  [r"fail", r"auto\s?scal"], "should be designed for failure")
Q(K, "numeric", "kms master key limit",
  "1,000 master keys per account per region (and they can't be exported to on-premise).",
  [r"1,?000"], "creating 1,000 master keys per account per region")


def main():
    docs = load_docs()
    rows, typos = [], []
    for i, it in enumerate(ITEMS, 1):
        qid = "iq%03d" % i
        ev = resolve_evidence(docs[it["doc"]], it["ev"])
        rows.append(dict(id=qid, question=it["question"], answer=it["answer"],
                         must_contain=it["must_contain"], doc=it["doc"],
                         evidence=ev, kind=it["kind"]))
        if it["typo"]:
            typos.append(qid)
    write_jsonl("qa.jsonl", rows)
    save_typos("qa", typos)
    print("qa:", len(rows), "typos:", len(typos))


if __name__ == "__main__":
    main()
