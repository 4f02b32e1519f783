"""Build dialogues.jsonl: 50 multi-turn conversations."""
from common import A, S, K, B, R, DECLINE, write_jsonl, save_typos

CONVS = []


def T(user, answer, rx, doc, typo=False):
    return dict(user=user, answer=answer, must_contain=rx, doc=doc, typo=typo)


def D(user, answer, doc, typo=False):
    return dict(user=user, answer=answer, must_contain=[DECLINE], doc=doc,
                expect="decline", typo=typo)


def C(*turns):
    CONVS.append(list(turns))


# 01 speaker -> his tools -> "the docker one" -> other event
C(T("hey so who did the chaos talk in london", "Adrian Hornsby (@adhorn) - 'Creating resilience through destruction'.", [r"Adrian|Hornsby"], S),
  T("what tools did he demo", "Aurora fault injection queries, tc/netem latency, Netflix SimianArmy, the chaos toolkit, Gremlin, ToxiProxy, Kube-Money, Pumba and Thundra.", [r"Gremlin|Simian|ToxiProxy|Pumba"], S),
  T("the docker one again?", "Pumba (for Docker).", [r"Pumba"], S),
  T("did he speak in manchester too", "Yes - at Builders Day he gave Serverless Architectural Patterns and Building Global Serverless Backends powered by DynamoDB Global Tables.", [r"Architectural Patterns|Global Tables"], B))
# 02 ellipsis + decline
C(T("lambda timeout at builders day?", "5 minutes.", [r"5 min|five min"], B),
  T("and the concurrency cap", "1000 concurrent executions per region, across all functions.", [r"1,?000"], B),
  T("can that be raised", "Yes, but only after manually requesting an increase.", [r"request|increase"], B),
  D("whats the price per execution tho", "The notes don't say - Ian only mentions that pricing is based on requests, with no figure.", B))
# 03
C(T("manchester awsome day - how many regions did aws have", "18 regions.", [r"\b18\b"], A),
  T("azs each?", "Always at least 2 availability zones per region.", [r"\b2\b|two"], A),
  T("linked how fast", "180TB networking within a region - a sub-10ms network.", [r"180\s?TB|10\s?ms"], A),
  D("which one's closest to manchester", "The notes don't mention which region is closest to Manchester.", A))
# 04 switching events
C(T("werner's keynote at reinvent - the voice stuff?", "Speech as a natural interface: Alexa examples (surgeons, parents, cooks, IRRI rice farmers), Echo's smarts being in the cloud, Alexa for Business.", [r"Alexa|voice|speech"], R),
  T("availability numbers he gave?", "99.9 = 1 AZ, 99.95 = 2 AZs, 99.9999 = 3 AZs, 99.99999 = multi-region active-active.", [r"99\.95"], R),
  T("was he quoted at the london summit too", "Yes - Adrian Hornsby opened with his 'Failures are a given and everything will eventually fail over time'.", [r"fail"], S),
  T("and at builders day?", "Yes, Adrian quoted him there as well: 'Failures are a given. Everything will fail eventually.'", [r"fail"], B))
# 05
C(T("sqs msg retention in the book", "1 minute to 14 days.", [r"14\s+days"], K),
  T("default?", "4 days.", [r"4\s+days|four days"], K),
  T("max msg size", "256kb per message.", [r"256"], K),
  T("k and fifo throughput", "FIFO queues are limited to 300 transactions per second.", [r"300"], K, typo=True))
# 06 list then "the 2nd one"
C(T("what sessions did the summit blogger go to", "1) Driving digital transformation using artificial intelligence, 2) AWS networking fundamentals, 3) Creating resilience through destruction, 4) How to build an Alexa Skill in 30 minutes.", [r"artificial intelligence", r"Alexa"], S),
  T("who gave the 2nd one", "Perry Wald and Tom Adamski.", [r"Wald", r"Adamski"], S),
  T("what cidr did they demo with", "172.31.0.0/16.", [r"172\.31"], S),
  T("peering limit?", "125 peerings - beyond that a Transit Gateway (up to 5000 connections).", [r"125"], S))
# 07 summary then who gave it
C(T("gimme the gist of the step functions session", "State machines for serverless apps: ASL JSON definitions, failure handling better than chaining Lambdas, branches and waits, state for up to 1 year, retries with back-off, Thomson Reuters video splitting, 7 state types, pay per state transition.", [r"state machine"], B),
  T("who gave it", "Paul Maddox.", [r"Maddox|Paul"], B),
  T("what else did he present", "Serverless Development - he's the creator of SAM Local.", [r"Serverless Development|SAM Local"], B),
  T("what does that tool need installed", "Docker.", [r"Docker"], B))
# 08
C(T("dms notes from vegas?", "DMS + Schema Conversion Tool: lift-and-shift/homogeneous/heterogeneous migrations, replication and CDC for near-zero downtime, replication instances on EC2, free to Aurora, LOB best practices.", [r"Schema Conversion|SCT"], R),
  T("how many tables can one instance do at once", "Up to 8 tables at the same time.", [r"\b8\b|eight"], R),
  T("can u pause it", "You can pause the task, not the replication instance (requested feature).", [r"task"], R),
  D("when's db2 coming", "The notes don't say - new sources are released regularly but they couldn't talk about the roadmap.", R))
# 09 pronouns
C(T("who's tom woodyer", "The AWS speaker at AWSome Day (@AWSTomWoodyer) who ran most sessions: EC2, S3, IAM, RDS/DynamoDB and Elasticity.", [r"EC2|S3|IAM|RDS"], A),
  T("what did he say the first aws service was", "SQS.", [r"SQS"], A),
  T("and how much IT is wasted per him", "Around 5%.", [r"5\s?%"], A),
  T("his twitter?", "@AWSTomWoodyer", [r"AWSTomWoodyer"], A))
# 10
C(T("nacl vs sg quickly (book)", "Security groups: instance level, allow-only, stateful. NACLs: subnet level, numbered rules, stateless.", [r"stateless", r"stateful"], K),
  T("which do i check first if traffic isnt arriving", "The NACL - it may be blocking even if the security group allows it.", [r"NACL|network\s+access\s+control"], K),
  T("what does the default one allow", "The default NACL in the default VPC allows all inbound and outbound traffic; new NACLs deny everything.", [r"all"], K),
  T("max rules per sg", "50 rules per security group by default.", [r"\b50\b"], K))
# 11 (3 turns)
C(T("drax - what do they do", "They converted former coal power stations to burn biomass pellets - 15% of the UK's renewable energy.", [r"biomass"], S),
  T("whose tech for their data science", "Inawisdom.", [r"Inawisdom"], S),
  D("how much do they spend on aws", "The notes don't mention Drax's AWS spend.", S))
# 12 ellipsis
C(T("global tables replication latency?", "500ms or less.", [r"500"], B),
  T("netflix regions?", "3 AWS regions - 2 US and 1 EU.", [r"\b3\b|three"], B),
  T("and microservices just for the ui", "About 160.", [r"160"], B),
  T("and the deployment stat from 2014?", "50 million deployments in 2014 - 1.3 per second (the notes don't name the company).", [r"50 million"], B))
# 13 returning to an earlier topic
C(T("barclays talk - what anti patterns", "Cloud brokers, a small number of AWS accounts, centralised administration.", [r"broker"], R),
  T("what did they do instead of the first one", "Federated auth - users redirected to the native AWS console.", [r"federat"], R),
  T("ok switching - monzo, what do they run on", "Kubernetes - 350 microservices.", [r"Kubernetes"], R),
  T("back to barclays, how do they hand out temp creds", "Via their AWS Portal API.", [r"Portal API"], R))
# 14 (5 turns)
C(T("storage classes in the netshock book?", "Standard, RRS (reduced redundancy), Infrequent Access and Glacier.", [r"Glacier", r"RRS|reduced"], K),
  T("cheapest?", "Glacier (cost: Low).", [r"Glacier"], K),
  T("how long to get files back from it", "Up to 1 day.", [r"1\s+day|one day|a day"], K),
  T("durability of rrs", "99.99%.", [r"99\.99"], K),
  D("monthly price per gb for standard?", "The book doesn't say - it just notes you're charged per gigabyte and to check AWS pricing.", K))
# 15
C(T("alexa session in london, who", "Andrew Muttoni.", [r"Muttoni"], S),
  T("how long was it meant to take", "30 minutes - 'How to build an Alexa Skill in 30 minutes'.", [r"30"], S),
  T("did the writer manage it", "No - there was no working skill at the end of the 30 minutes.", [r"didn.t|no working|\bno\b"], S),
  T("what runs alexa hosted skills under the hood", "Lambda.", [r"Lambda"], S))
# 16
C(T("tl;dr of the elasticity talk at awsome day", "ELB + Auto-Scaling + CloudWatch, three load balancer types, target groups, stickiness, CloudWatch agents, the 20-instance soft limit, API-triggered scaling.", [r"ELB|load balanc", r"CloudWatch"], A),
  T("biggest fleet tom had seen", "Up to 900 servers.", [r"900"], A),
  T("ec2 soft limit?", "20 EC2 instances per region.", [r"\b20\b"], A),
  T("why", "So an auto-scaling group with max 0 (meaning no maximum) can't go mad and create 1000 instances.", [r"no max|zero|1000"], A))
# 17 chatty opener
C(T("morning! quick one - the netflix efficiency talk, what's picsou", "Netflix's comprehensive cloud capacity tool (Scrooge McDuck in French).", [r"Scrooge|capacity"], R),
  T("and libra?", "Visualises reserved vs used instances across zones and instance types so they can rebalance.", [r"reserved"], R),
  T("instances per bubble?", "2500.", [r"2,?500"], R),
  T("do they use lambda at all", "No - they don't have any serverless infrastructure.", [r"server\s?less"], R))
# 18
C(T("sam = ?", "Serverless Application Model - a CloudFormation extension.", [r"Serverless Application Model"], B),
  T("licence?", "Open standard, Apache 2.0.", [r"Apache"], B),
  T("who wrote the local version", "Paul Maddox created SAM Local.", [r"Paul|Maddox"], B),
  D("how many github stars has it got", "The notes don't mention GitHub stars - only that SAM Local is completely open source.", B))
# 19
C(T("placement groups what r they", "Instances placed physically close together to use the low-latency 10Gbps link.", [r"10\s?Gbps|close|low.latency"], K),
  T("requirements?", "Same availability zone and enhanced networking.", [r"enhanced"], K),
  T("can they span azs", "No - they cannot span multiple availability zones.", [r"cannot|can.t|\bno\b"], K),
  T("what if i hit a capacity error", "Stop all instances in the group and start them again.", [r"stop"], K))
# 20 (3 turns)
C(T("summit keynote customers?", "Sainsbury's (Phil Jordan, Clodagh Moriaty) and the Ministry of Justice (Tom Read).", [r"Sainsbury", r"Justice|MOJ"], S),
  T("what was the moj one about", "Moving the MOJ to a microservice-based application architecture.", [r"microservice"], S),
  T("his title?", "CDIO.", [r"CDIO"], S))
# 21 docs disagree on aurora
C(T("aurora vs mysql perf at awsome day", "Up to 10x MySQL.", [r"10\s?x|ten times"], A),
  T("and what does the ebook claim", "5 times better performance than MySQL.", [r"5\s?x|5\s+times|five\s+times"], K),
  T("postgres?", "AWSome Day: up to 3x PostgreSQL (the book gives no PostgreSQL figure).", [r"3\s?x|three times"], A),
  T("is aurora on the free tier per the book", "No - all RDS engines offer free tier usage except Aurora.", [r"except"], K))
# 22
C(T("chatbot chalk talk in vegas - who", "Felix Candelario, Hanybal Jajoo and Ken Jackson.", [r"Felix|Candelario"], R),
  T("what service was it about", "Amazon Lex.", [r"Lex"], R),
  T("can it start a convo by itself", "No - Lex cannot start a chat.", [r"cannot|can.t|\bno\b"], R),
  D("which bank were they from", "The notes don't say who the speakers worked for.", R))
# 23
C(T("kinesis case study at builders day?", "Supercell (Clash of Clans) analyses gameplay in real time with Kinesis.", [r"Supercell"], B),
  T("how much data", "45 million pieces of data per day.", [r"45"], B),
  T("firehose outputs?", "Only S3, ElasticSearch or RedShift.", [r"S3"], B),
  T("whats the motorway thing about", "Sharding is like adding extra lanes to a motorway so more traffic passes a point.", [r"lane|shard"], B))
# 24 (5 turns)
C(T("kinesis in the book", "A real time data processing service that captures and stores large amounts of data for streaming dashboards.", [r"real\s?time"], K),
  T("shard read/write", "2MB per second read, 1MB per second write.", [r"2\s?MB", r"1\s?MB"], K),
  T("retention?", "24 hours by default, up to 7 days.", [r"24"], K),
  T("replicated to how many azs", "Three availability zones.", [r"three|\b3\b"], K),
  D("max shards per stream?", "The book doesn't mention a shard limit per stream.", K))
# 25
C(T("yo what does a flow log capture", "Network interface, source and destination IP and port, bytes, accept/reject.", [r"bytes|source"], S),
  T("payload too?", "No - metadata only, no payload.", [r"metadata|no payload"], S),
  T("where do they get written", "S3 buckets or CloudWatch logs.", [r"S3", r"CloudWatch"], S),
  T("dns on by defualt in a vpc?", "Yes - DNS resolution and hostnames are on by default.", [r"default"], S, typo=True))
# 26
C(T("mycs who are they", "The company behind a photorealistic real-time 3D configurator with server-side rendering on AWS.", [r"3D|configurator|render"], R),
  T("gpu cost", "$25 per hour - $35k per month for 2 instances.", [r"25", r"35"], R),
  T("image deadline", "Any image must arrive in 2 secs.", [r"2 sec"], R),
  T("why'd they drop cloudfront", "There's a limit in the query.", [r"limit"], R))
# 27
C(T("managed db options from awsome day", "DynamoDB, ElastiCache, RDS, RedShift and the database migration service.", [r"DynamoDB", r"ElastiCache|Red\s?Shift"], A),
  T("which of those is the warehouse", "RedShift - petabyte-scale.", [r"Red\s?shift"], A),
  T("rds backup retention", "Up to 35 days.", [r"35"], A),
  T("does multi-az cost extra", "Yes, the redundant fail-over instance costs more.", [r"cost"], A))
# 28 (3 turns)
C(T("what did the ask an architect guy say", "No way to automate snapshot/AMI/launch-config creation via the web console; script the AWS CLI instead.", [r"CLI"], B),
  T("could it run as a lambda", "Yes - written in a Lambda-supported language it could be run by invoking a Lambda function.", [r"lambda"], B),
  D("architect's name?", "The notes don't mention the architect's name.", B))
# 29
C(T("ec2 buying options in the book", "On-demand, reserved and spot.", [r"spot", r"reserved"], K),
  T("reserved commit length", "One or three years.", [r"one|\b1\b", r"three|\b3\b"], K),
  T("spot if the price goes up?", "You immediately lose the instance.", [r"lose"], K),
  T("most flexible one", "On-demand.", [r"on.?demand"], K))
# 30 (5 turns)
C(T("adrian's chaos talk - rules of thumb", "Start very small, close to production, minimise the blast radius, have an emergency stop.", [r"blast radius|small"], S),
  T("whose quote did he open with", "Werner Vogels.", [r"Vogels|Werner"], S),
  T("those latency stats - google?", "+500ms load time = 20% fewer searches.", [r"500", r"20\s?%"], S),
  T("yahoo?", "+400ms = 5-9% increase in back clicks.", [r"400"], S),
  T("who did the firefighter talk he mentioned", "Jesse Robbins.", [r"Robbins"], S))
# 31
C(T("multi region active active session summary", "It's hard - availability maths, async vs sync replication, Aurora multi-master, tenant failover, DynamoDB global tables, Route 53 policies, cross-region deploys.", [r"replicat|active"], R),
  T("what did the speaker say about his job", "'I got easiest job ever - I just made nerds excited about the cloud' (an AWS evangelist).", [r"nerds|evangelist"], R),
  D("their name?", "The notes don't say - the speaker is just called an AWS evangelist.", R),
  T("route 53 policies they listed", "Simple, failover, geolocation, geoproximity, latency, multivalue answer and weighted.", [r"failover", r"latency|weighted"], R))
# 32 (3 turns) event switching
C(T("hotel football event - when was it", "28 February 2018.", [r"28"], A),
  T("and builders day?", "The day before - 27 February 2018.", [r"27"], B),
  T("where was that one", "Victoria Warehouse, Manchester.", [r"Victoria Warehouse"], B))
# 33
C(T("cloudhsm??", "A dedicated hardware security module to generate and manage cryptographic keys.", [r"hardware\s+security|key"], K),
  T("cluster size max", "Up to 32 HSMs.", [r"32"], K),
  T("when pick it over kms", "When keys must be under your exclusive control - CloudHSM is single-tenant, KMS multi-tenant.", [r"exclusive|single"], K),
  T("kms key size", "256 bit.", [r"256"], K))
# 34
C(T("ian massingham talk covered what", "Serverless basics and Lambda news: SAM, Cloud9 editor, 1000 concurrency limit, X-Ray, faster cold starts, 3GB memory, CI/CD with CodeStar, weighted aliases.", [r"Lambda"], B),
  T("cloud9 price he gave", "About $1.60 per developer per month.", [r"1\.60"], B),
  T("works offline?", "Only in the browser at the moment, so you need an internet connection.", [r"browser|internet"], B),
  T("did he mention xray", "Yes - AWS X-Ray for instrumentation and monitoring inside Lambda functions.", [r"instrument|monitor"], B, typo=True))
# 35 (3 turns)
C(T("autoscout24 at reinvent?", "Christian Deger on moving from .NET monolith and data centres to microservices on AWS.", [r"Deger|micro"], R),
  T("how many servers before", "2000 servers in 2 data centres.", [r"2,?000"], R),
  T("greenfield team started when", "2014.", [r"2014"], R))
# 36
C(T("ok different q. the summit ai talk gdp figures?", "$80Tn in 2018, $112Tn expected in 2030.", [r"112"], S),
  T("how much from ai", "$15.7Tn.", [r"15\.7"], S),
  T("source?", "PwC research (which the author couldn't find online).", [r"PwC"], S),
  D("whats the 2025 number", "The notes don't say - there's no 2025 figure, only 2018 and 2030.", S))
# 37
C(T("iam roles what for", "To provide permissions to other AWS services and IAM users.", [r"permission"], K),
  T("how many at once", "Only one role can be applied at a time.", [r"one"], K),
  T("should i put api keys on ec2", "Never - use a role instead.", [r"never|role"], K),
  T("mfa options", "Your mobile device or a hard token from AWS.", [r"mobile|token"], K))
# 38
C(T("traditional to aws terms mapping?", "Firewalls/ACLs/admins -> Security Groups, NACLs, IAM; router/switch -> ELB, VPC; servers -> AMI, EC2; DAS/SAN/NAS/RDBMS -> EBS, EFS, RDS.", [r"Security Group", r"EC2"], A),
  T("the SAN one?", "EBS, EFS, RDS.", [r"EBS|EFS"], A),
  T("which speaker went thru that", "Tom Woodyer.", [r"Tom|Woodyer"], A),
  T("whats the 800.88 thing", "The 3 day advanced architecture course builds an 800.88 certified secure network.", [r"course|architecture"], A))
# 39 (5 turns)
C(T("step function state types?", "Task, choice, parallel, wait, fail, succeed, pass.", [r"choice", r"parallel"], B),
  T("how many is that", "7.", [r"\b7\b|seven"], B),
  T("what does pass do", "Passes its input to its output.", [r"input", r"output"], B),
  T("how long can it keep state", "Up to 1 year.", [r"1 year|one year|a year"], B),
  T("pricing based on?", "State transitions.", [r"transition"], B))
# 40
C(T("cloudfront talk at reinvent, about?", "How CloudFront measures and manages traffic (Measuring the Internet in Real Time).", [r"CloudFront"], R),
  T("handshake rtts", "TCP plus TLS takes 2 RTT - ~300 ms before data.", [r"2 RTT|300"], R),
  T("which chat app uses cf for dynamic stuff", "Slack.", [r"Slack"], R),
  T("the shower problem?", "The feedback loop in choosing which POP serves a resolver.", [r"feedback|POP"], R))
# 41 (3 turns)
C(T("the book's take on ddos", "Use the same practices as on-prem (firewalls, WAFs, traffic shaping), soak up load with CloudFront caching, plus AWS ingress filtering.", [r"Cloud\s?front"], K),
  T("port scanning allowed?", "Only with permission from AWS.", [r"permission"], K),
  D("does it mention aws shield", "The book doesn't mention AWS Shield.", K))
# 42
C(T("transit gateway connections?", "Up to 5000.", [r"5,?000"], S),
  T("and before tgw?", "Customers needed a VPN per VPC.", [r"VPN"], S),
  T("vpc sharing does what", "An owner account sets up networking and shares subnets with other accounts.", [r"subnet"], S),
  T("dns forwarding hybrid?", "Route 53 Resolver.", [r"Resolver"], S))
# 43 (3 turns)
C(T("shared responsibility per tom?", "AWS: global infrastructure and foundation services (security OF the cloud); customers: everything else (security IN the cloud).", [r"infrastructure"], A),
  T("is aws attacked a lot", "24/7/365, but they deflect it at the edge.", [r"24/7"], A),
  D("how many attacks a day", "The notes don't say how many attacks there are - just that they happen 24/7/365.", A))
# 44
C(T("change healthcare speaker?", "Torsten Kablitz.", [r"Torsten|Kablitz"], R),
  T("heuristics they follow", "Cloud first, security by design, automate everything, never log into a server, least privilege.", [r"automat|least"], R),
  T("how do they validate amis", "AWS Inspector checks instances; Cloud Health scans for compliance.", [r"Inspector"], R),
  T("where's the ami change history kept", "DynamoDB.", [r"Dynamo"], R))
# 45
C(T("the polly demo?", "Polly plus Lambda generating an MP3 of spoken text in response to an RSS feed request.", [r"mp3|RSS"], B),
  T("what else did adrian demo", "A photo upload/tagging/resize app, a four-quadrant vote, and a lightbulb whose brightness he controlled live.", [r"quadrant|lightbulb|photo"], B),
  T("where was traffic routed", "Via a data centre in Virginia, USA.", [r"Virginia"], B),
  D("how many ppl joined in", "The notes don't say how many attendees took part.", B, typo=True))
# 46
C(T("route53 routing choices in the book", "Simple, weighted, latency, failover and geo.", [r"weighted", r"failover"], K),
  T("which suits migration testing", "Weighted - send a small % of traffic and ramp up.", [r"weighted"], K),
  T("failover to s3 gotcha", "The bucket name must match the domain name, and set evaluate target health to yes.", [r"bucket\s+name|domain"], K),
  T("records a hosted zone starts with", "NS and SOA records.", [r"\bNS\b|name\s?server", r"SOA|start\s+of\s+authority"], K))
# 47 (3 turns)
C(T("dtcc session - main points", "Managing regulator expectations: shared responsibility, exit strategy, risk assessment, HA/DR testing, more technical auditors.", [r"regulat"], R),
  T("when do they run dr tests", "During production time on Thursday afternoon, not Friday night.", [r"Thursday"], R),
  T("how long have they been around", "About 40 years.", [r"40"], R))
# 48
C(T("was the summit worth it for the author", "Mixed - the technical sessions were worthwhile, but overall a little disappointing.", [r"disappoint|technical"], S),
  T("would they watch the keynote from home", "No.", [r"\bno\b"], S),
  T("how long since their last visit", "Four years.", [r"four|\b4\b"], S),
  T("what were they at in february at excel", "Microsoft's Ignite Tour.", [r"Ignite"], S))
# 49 (5 turns)
C(T("rekognition demo who", "Tom Woodyer.", [r"Tom|Woodyer"], A),
  T("what does it do", "Analyses photos to determine tags - object and facial recognition, sentiment analysis.", [r"tag|recogni"], A),
  T("any other ml thing at the event", "SageMaker, in the keynote.", [r"SageMaker"], A),
  T("who mentioned that", "Ric Harvey, in the keynote.", [r"Ric|Harvey"], A),
  T("where does the vmware thing run", "On bare metal in AWS.", [r"bare metal"], A))
# 50
C(T("aurora cross region at builders day", "Cross-region read replicas for RDS (Aurora, MySQL, MariaDB, PostgreSQL), and multiple cross-region masters for Aurora by end of 2018.", [r"read replica|cross.region"], B),
  T("multi master when", "By the end of 2018.", [r"2018"], B),
  T("backbone speed", "A global 100GbE network.", [r"100\s?G"], B),
  T("which region's left out", "China - private capacity is reserved between all regions except China.", [r"China"], B))


# ---- typos sprinkled into user turns (marked here to keep the data above readable)
TYPO_EDITS = {
    (1, 2): "what tools did he dmeo",
    (3, 3): "linked how fst",
    (6, 3): "what cidr did they demo wiht",
    (8, 1): "dms notes from vegsa?",
    (9, 2): "what did he say the frist aws service was",
    (12, 4): "and the deploymnet stat from 2014?",
    (13, 3): "ok switchign - monzo, what do they run on",
    (15, 3): "did the writer manag it",
    (17, 3): "instaces per bubble?",
    (19, 1): "placment groups what r they",
    (20, 2): "what was the moj one abuot",
    (23, 4): "whats the motorwya thing about",
    (26, 2): "gpu cots",
    (27, 2): "which of those is the warehosue",
    (30, 4): "yahooo?",
    (33, 2): "cluster sie max",
    (36, 3): "sorce?",
    (38, 2): "the SAN oen?",
    (40, 3): "which chat app uses cf for dyanmic stuff",
    (42, 2): "and befor tgw?",
    (46, 2): "which suits migraton testing",
}


def main():
    rows, typos = [], []
    for (ci, ti), text in TYPO_EDITS.items():
        CONVS[ci - 1][ti - 1]["user"] = text
        CONVS[ci - 1][ti - 1]["typo"] = True
    for ci, turns in enumerate(CONVS, 1):
        did = "id%02d" % ci
        out = []
        for ti, t in enumerate(turns, 1):
            o = dict(user=t["user"], must_contain=t["must_contain"], doc=t["doc"], answer=t["answer"])
            if t.get("expect"):
                o["expect"] = t["expect"]
            out.append(o)
            if t["typo"]:
                typos.append("%s.%d" % (did, ti))
        rows.append(dict(id=did, turns=out))
    write_jsonl("dialogues.jsonl", rows)
    save_typos("dialogues", typos)
    print("dialogues:", len(rows), "turns:", sum(len(r["turns"]) for r in rows), "typos:", len(typos))


if __name__ == "__main__":
    main()
