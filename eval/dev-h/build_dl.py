# Dialogues: each turn = (user, reference answer, regexes, doc key); decline turns use dec(...)
from common import DOCS, DECLINE_RX, write_jsonl
DLG = []
def d(*turns): DLG.append(turns)
def dec(user, doc, answer="The notes don't say that."):
    return (user, answer, None, doc, True)
def t(user, answer, rx, doc):
    return (user, answer, rx, doc, False)

d(t("who created sam local?", "Paul Maddox.", [r"Maddox|Paul"], 'D'),
  t("what does it need installed?", "Docker, installed locally.", [r"docker"], 'D'),
  t("and what other talk did he give?", "Building Advanced Serverless Applications with AWS Step Functions.", [r"step functions"], 'D'),
  t("how long can those keep state?", "Step Functions state machines can keep state for up to 1 year.", [r"1 year|one year|a year"], 'D'),
  t("and what did he say about bitbucket?", "Lots of customer requests for BitBucket support, but no hard timescales.", [r"timescale"], 'D'))
d(t("aurora vs mysql at awsome day?", "Up to 10x the performance of MySQL.", [r"10\s?x|10 times|ten times"], 'A'),
  t("and what does the book say?", "The book says 5 times better performance than MySQL.", [r"5\s+times|5x|five"], 'B'),
  t("which engines does the book say get a free tier", "All except Aurora: MySQL, MariaDB, PostgreSQL, Oracle and Microsoft SQL Server.", [r"mariadb|postgre|mysql"], 'B'),
  dec("whats aurora's hourly price", 'B'))
d(t("which sessions did the blogger attend at the summit", "Driving digital transformation using AI; AWS networking fundamentals; Creating resilience through destruction; How to build an Alexa Skill in 30 minutes.", [r"alexa", r"networking"], 'S'),
  t("who gave the second one?", "Perry Wald and Tom Adamski.", [r"Wald|Adamski"], 'S'),
  t("what peering limit did that talk mention", "A limit of 125 peerings.", [r"125"], 'S'),
  t("and the transit gateway cap?", "Up to 5000 connections per Transit Gateway.", [r"5,?000"], 'S'))
d(t("gist of the serverless architectural patterns talk", "Async vs stream Lambdas, Lambda best practices, keeping functions warm, S3-Lambda chains and Step Functions, Cloud Custodian, the serverless web app architecture with API Gateway and Cognito, Kinesis streams vs Firehose, MQTT and live demos.", [r"lambda", r"kinesis|step functions|api gateway"], 'D'),
  t("who gave it?", "Adrian Hornsby (@adhorn).", [r"Hornsby|Adrian"], 'D'),
  t("did he speak in london too?", "Yes - Creating resilience through destruction at the AWS Summit London 2019.", [r"resilience|destruction|chaos"], 'S'),
  dec("how many twitter followers does he have", 'S'))
d(t("what did monzo run on per the reinvent notes", "Kubernetes - 350 microservices with HA on every level.", [r"kubernetes"], 'R'),
  t("how many microservices?", "350.", [r"350"], 'R'),
  t("and capital one?", "CapitalOne uses ECS behind ELB, running ETL on ECS.", [r"ECS"], 'R'),
  t("events per second for them?", "200k events per second.", [r"200\s?k"], 'R'))
d(t("sqs message retention default?", "4 days by default (settable from 1 minute to 14 days).", [r"4 days"], 'B'),
  t("and the max?", "14 days.", [r"14 days"], 'B'),
  t("quick q - what's kinesis's default retention", "24 hours by default, up to 7 days.", [r"24 hours"], 'B'),
  t("back to sqs - max message size?", "256kb per message.", [r"256"], 'B'),
  t("and the longest visibility timeout?", "12 hours.", [r"12 hours"], 'B'))
d(t("lambda concurrency limit at builders day", "1000 concurrent executions across all functions in a region.", [r"1,?000"], 'D'),
  t("can you go above it?", "Yes, but only after manually requesting an increase.", [r"request|increase"], 'D'),
  t("what's the runtime cap?", "5 minutes.", [r"5 min|five min"], 'D'),
  dec("does the book give a timeout too?", 'B', "The book doesn't mention a Lambda timeout in its notes."))
d(t("who ran most sessions at awsome day", "Tom Woodyer.", [r"Woodyer|Tom"], 'A'),
  t("what did he say the first aws service was", "SQS.", [r"SQS"], 'A'),
  t("and how much IT does he reckon is wasted", "Around 5% of all business IT.", [r"5\s?%"], 'A'),
  t("whats his twitter handle", "@AWSTomWoodyer.", [r"AWSTomWoodyer"], 'A'))
d(t("what chaos tools did adrian list in london", "Simian Army, the chaos toolkit, Gremlin, ToxiProxy, Kube-Money, Pumba and Thundra.", [r"gremlin|gremin|simian|toxiproxy"], 'S'),
  t("what's gremlin", "Destruction as a service.", [r"destruction as a service|failure as a service"], 'S'),
  t("and what did the manchester awsome day say about it?", "It's the company of the Netflix engineers who created Chaos Monkey, offering failure as a service.", [r"chaos monkey|netflix"], 'A'))
d(t("who were the speakers at the chatbot chalk talk at reinvent", "Felix Candelario, Hanybal Jajoo and Ken Jackson.", [r"Candelario|Felix"], 'R'),
  t("does lex authenticate users?", "No; integrate with Cognito and pass the session to Lex.", [r"cognito"], 'R'),
  t("can it start a conversation by itself?", "No, Lex cannot start a chat.", [r"cannot|can.t|not"], 'R'),
  dec("which bank do they work for", 'R'))
d(t("s3 storage classes in the book?", "Standard, RRS (reduced redundancy), Infrequent Access and Glacier.", [r"RRS|reduced redundancy", r"glacier"], 'B'),
  t("durability of the second one?", "RRS has 99.99% durability.", [r"99\.99"], 'B'),
  t("and the cheapest one, how long to get files back", "Glacier: up to 1 day to retrieve.", [r"1 day"], 'B'))
d(t("step functions state types", "7: task, choice, parallel, wait, fail, succeed, pass.", [r"choice"], 'D'),
  t("what does the fourth one do", "Wait - delays for a specified time.", [r"delay|wait"], 'D'),
  t("how are they billed", "Based on state transitions.", [r"state transition"], 'D'),
  t("who gave that talk", "Paul Maddox.", [r"Maddox|Paul"], 'D'))
d(t("tell me about the alexa session at the summit", "How to build an Alexa Skill in 30 minutes: voice as the next interface, Alexa Voice Service vs Skills Kit, 80,000+ skills, speech recognition and NLU, and the steps for an Alexa-hosted skill using Lambda.", [r"alexa", r"skill"], 'S'),
  t("who presented it", "Andrew Muttoni (@muttonia).", [r"Muttoni|Andrew"], 'S'),
  t("how many skills exist", "More than 80,000.", [r"80,?000"], 'S'),
  t("did the author manage to build one?", "No, he didn't have a working skill at the end of the 30 minutes.", [r"didn.t|not"], 'S'))
d(t("what did werner say about availability and AZs", "99.9 = 1 AZ, 99.95 = 2 AZs, 99.9999 = 3 AZs.", [r"99\.95"], 'R'),
  t("and for multi region?", "99.99999: multi-regional, active-active over 2 regions, e.g. DynamoDB global tables.", [r"99\.99999|multi.?region"], 'R'),
  t("which service has 100%?", "Route53.", [r"route\s?53"], 'R'),
  t("did builders day quote him too?", "Yes: 'Failures are a given. Everything will fail eventually', in Adrian Hornsby's global tables talk.", [r"fail"], 'D'))
d(t("what are the 3 load balancers tom mentioned", "Classic, Application (ALB) and Network (NLB).", [r"classic"], 'A'),
  t("what level does the third work at", "NLB redirects traffic at IP level.", [r"\bIP\b"], 'A'),
  t("ok. ec2 soft limit?", "20 EC2 instances per region.", [r"\b20\b"], 'A'),
  t("why?", "To prevent auto-scaling with max 0 (no maximum) creating 1000 instances.", [r"1,?000|no maximum"], 'A'))
d(t("reserved vs on demand vs spot, which is cheapest", "Spot instances.", [r"spot"], 'B'),
  t("what happens if the price goes above my bid", "You immediately lose the instance.", [r"lose"], 'B'),
  t("how long do reserved ones commit for", "One or three years.", [r"three|\b3\b"], 'B'))
d(t("the autoscout24 talk at reinvent - who spoke", "Christian Deger.", [r"Deger"], 'R'),
  t("what was their legacy setup", "2000 servers, 2 data centres, MTBF-optimised, Oracle, ASP.NET, VMware.", [r"2,?000"], 'R'),
  t("why did they go microservices", "Speed - scale the organisation and stay fast.", [r"speed|fast"], 'R'),
  t("any books recommended?", "Phoenix Project, Systems thinking, Principles (Ray Dalio) and The Lean Enterprise.", [r"phoenix|lean"], 'R'))
d(t("kinesis streams vs firehose", "Streams can feed EC2 and other outputs; Firehose only S3, ElasticSearch or Redshift.", [r"EC2", r"S3|redshift"], 'D'),
  t("who's the case study for it there?", "Supercell, the Clash of Clans maker.", [r"supercell"], 'D'),
  t("how much data a day?", "45 million pieces of data per day.", [r"45 million"], 'D'),
  t("what does the book say one shard can do?", "Read 2MB per second and write 1MB per second.", [r"2\s?MB"], 'B'))
d(t("tips for DMS with LOBs", "Use limited LOB mode when possible; split large LOBs into their own table.", [r"limited LOB"], 'R'),
  t("how many tables can one replication instance do", "Up to 8 at the same time.", [r"\b8\b|eight"], 'R'),
  t("can you pause it?", "You can pause the task but not the instance (yet).", [r"task"], 'R'),
  t("is it free?", "DMS is free when migrating to Aurora.", [r"aurora"], 'R'))
d(t("shared responsibility model at awsome day", "AWS handles global infrastructure and foundation services; users handle encryption, traffic protection, OS, platform, apps and IAM.", [r"infrastructure|foundation"], 'A'),
  t("how many compliance frameworks?", "58.", [r"\b58\b"], 'A'),
  t("does the book describe the same model", "Yes - AWS covers physical, host OS, network and virtualisation security; you cover IAM, data, guest OS patches and network config.", [r"physical|guest"], 'B'),
  t("which chapter number is that in", "Chapter 16, AWS Security Concepts.", [r"16"], 'B'))
d(t("amazon latency stat from the london summit", "An extra 100ms load time led to a 1% drop in sales.", [r"1\s?%"], 'S'),
  t("who's it attributed to", "Greg Linden.", [r"Linden"], 'S'),
  t("and the google one?", "Extra 500ms meant 20% fewer searches (Marissa Mayer).", [r"20\s?%"], 'S'),
  t("is the amazon stat in the builders day notes as well?", "Yes: sales drop 1% for every 100ms of additional latency.", [r"100\s?ms"], 'D'),
  t("back to london - who said the yahoo one?", "Nicole Sullivan.", [r"Sullivan"], 'S'))
d(t("what's a bastion host", "An EC2 instance in a public subnet used as a gateway to instances in a private subnet.", [r"public subnet"], 'B'),
  t("and what gives private instances internet?", "A NAT gateway.", [r"NAT"], 'B'),
  t("is the older version of that still recommended", "No - NAT instances are now considered legacy.", [r"legacy"], 'B'),
  dec("how much does a nat gateway cost an hour", 'B'))
d(t("the 3d configurator talk at reinvent, which company", "MYCS.", [r"mycs"], 'R'),
  t("what did gpu raytracing cost them", "$25 per hour, $35k per month for 2 instances.", [r"35\s?k"], 'R'),
  t("why not elb", "ELB doesn't support websocket; the Application Load Balancer does.", [r"websocket|web socket"], 'R'),
  t("what was their goal for image delivery", "Any image must arrive in 2 seconds.", [r"2 sec"], 'R'))
d(t("what did the aws architect at builders day say about automating amis", "Not possible in the web console; script the AWS CLI calls.", [r"CLI"], 'D'),
  t("could that run in lambda?", "Yes, written in a Lambda-supported language and run by invoking the function.", [r"lambda"], 'D'),
  t("and tom's recommended way at awsome day?", "Running instance, configure, shut down, EBS snapshot, create AMI from it.", [r"snapshot"], 'A'),
  dec("how long does creating one take", 'A'))
d(t("vpn to aws - how many tunnels (summit)", "2 tunnels, endpoints in different AZs.", [r"\b2\b|two"], 'S'),
  t("what about the book's view?", "Two parallel routes (IPSEC tunnels) for redundancy.", [r"IPSEC"], 'B'),
  t("what's the aws side called", "The Virtual Private Gateway (VPG).", [r"virtual private gateway|VPG"], 'B'),
  t("and on my side?", "The Customer Gateway (CGW).", [r"customer gateway|CGW"], 'B'))
d(t("what's netflix's key metric per werner", "Whether you can press (see) the play button.", [r"play"], 'R'),
  t("how much traffic do they experiment on", "2% of traffic, via a controlled and an uncontrolled line.", [r"2\s?%"], 'R'),
  t("what about netflix at builders day - how many regions", "Active in 3 AWS regions: 2 US, 1 EU.", [r"\b3\b|three"], 'D'),
  t("and their ui microservices?", "About 160.", [r"160"], 'D'))
d(t("where was the awsome day", "Hotel Football, Manchester.", [r"hotel football"], 'A'),
  t("what date?", "28 February 2018.", [r"28"], 'A'),
  dec("how many people came?", 'A'),
  t("ok who gave the keynote?", "Ric Harvey.", [r"harvey"], 'A'))
d(t("what happens with an allow and a deny policy on the same user", "The explicit deny always overrides the allow.", [r"deny"], 'B'),
  t("why is that handy?", "E.g. maternity leave: add a deny-all policy instead of removing every policy.", [r"maternity|deny-all"], 'B'),
  t("can roles have api keys", "No - API keys apply to users only; roles do not have API keys.", [r"users\s+only|roles\s+do\s+not"], 'B'),
  t("how many roles at once", "Only one role can be applied at a time.", [r"one"], 'B'))
d(t("what's cfn_nag", "A third-party tool to test CloudFormation templates/resources.", [r"template"], 'R'),
  t("what does it check?", "SGs open to 0.0.0.0, IAM with asterisk, EBS encryption, custom rules.", [r"EBS|IAM"], 'R'),
  t("which talk was it from?", "Culture Shift: How to Move a Global Financial Services Organization to a DevOps Operating Model.", [r"culture shift|devops"], 'R'),
  dec("who presented that?", 'R', "The notes don't say who presented that session."))
d(t("what's new in lambda from ian's talk", "Serverless app repository, Cloud9-based editor, X-Ray, 80% faster cold start, 3GB memory, .NET Core 2.0 and Go, weighted aliases, concurrency controls.", [r"X-Ray|cold.start|3\s?GB|\bGo\b"], 'D'),
  t("how much faster is cold start", "Up to 80%.", [r"80"], 'D'),
  t("which languages benefit most", "Byte-code languages like Java and C#.", [r"java"], 'D'),
  t("cool, what did cloud9 cost?", "About $1.60 per developer per month.", [r"1\.60"], 'D'))
d(t("gist of the ai talk at excel", "AI/ML for customer experience, why AI is taking off, ML types, AWS's ML stack (SageMaker, Greengrass) and Drax's data lake and smart-metering analytics.", [r"machine learning|\bML\b"], 'S'),
  t("who gave it?", "Steven Bryen and Bjoern Reinke.", [r"Bryen"], 'S'),
  t("whats the first guy's twitter", "@Steven_Bryen.", [r"Steven_Bryen"], 'S'),
  t("which ML types were covered", "Supervised, unsupervised and reinforcement learning.", [r"supervised", r"reinforcement"], 'S'))
d(t("route 53 routing options in the book", "Simple, weighted, latency, failover and geo.", [r"weighted", r"failover"], 'B'),
  t("which one suits a migration", "Weighted - test on a small share of traffic and ramp up.", [r"weighted"], 'B'),
  t("what's needed to fail over to s3", "The bucket name must equal the domain name; set evaluate target health to yes.", [r"domain"], 'B'),
  t("and at reinvent, any extra policies?", "Also geoproximity and multivalue answer routing.", [r"geoprox|multival"], 'R'))
d(t("what's fargate per ric", "Managing container clusters without worrying about the infrastructure.", [r"container"], 'A'),
  t("and sagemaker?", "A tool to build, train and deploy machine learning models.", [r"machine learning|train"], 'A'),
  t("what do the vegas notes say about fargate", "Even easier than EKS: edit container, port mapping, resources, task definition, add ELB, deploy.", [r"easier|task definition"], 'R'),
  dec("fargate pricing?", 'R'))
d(t("dynamodb global tables - what are they", "Tables created in one region and replicated to others automatically.", [r"region"], 'D'),
  t("how fast?", "500ms or less.", [r"500\s?ms"], 'D'),
  t("does multi region cost more?", "Not necessarily - serverless is priced per request, so same requests cost the same.", [r"request"], 'D'),
  t("how do you enable them per the reinvent notes", "Enable streams, empty table, then add region.", [r"stream"], 'R'))
d(t("who spoke at cloud security for regulated industries", "Torsten Kablitz (Change Healthcare) and Benjamin Andrew (AWS).", [r"Kablitz|Torsten", r"Benjamin|Andrew"], 'R'),
  t("what company is the first one from", "Change Healthcare.", [r"change healthcare"], 'R'),
  t("how many accounts did they have in 2016", "29 accounts and 62 VPCs.", [r"29"], 'R'))
d(t("ebs vs instance store", "EBS is network attached and persists; instance store is physically attached and ephemeral.", [r"ephemeral", r"network|persist"], 'B'),
  t("does data survive a reboot on the second one?", "Yes, the data remains after a reboot but is erased on stop or terminate.", [r"remain"], 'B'),
  t("can you snapshot it?", "No, snapshots are only for EBS volumes.", [r"only\s+for\s+EBS"], 'B'),
  t("what's the perf hit restoring from one", "Up to 50% degraded until all blocks are read.", [r"50"], 'B'))
d(t("what did sainsbury's talk about at the summit", "Improving online experiences, integrating Nectar, using ML to re-plan retail space and plan deliveries.", [r"nectar|machine learning|online"], 'S'),
  t("who from there?", "Phil Jordan and Clodagh Moriaty.", [r"Jordan"], 'S'),
  t("and the govt speaker?", "Tom Read, Ministry of Justice CDIO.", [r"Read"], 'S'))
d(t("what baseball thing did paul talk about", "Radar tracks the ball 2000 times/sec, Lambda computes live stats.", [r"radar|2,?000"], 'D'),
  t("whats his handle", "@paulmaddox.", [r"paulmaddox"], 'D'),
  t("which languages does lambda run natively per him", "NodeJS, Python, Java and C#.", [r"node|python"], 'D'),
  t("and anything else?", "Via a shim, since Lambda is Amazon Linux under the hood.", [r"shim|amazon linux"], 'D'))
d(t("barclays talk at reinvent main points", "Foundation platform over a single use case, avoid brokers/few accounts/central admin, automation and continuous compliance.", [r"automat|compliance|account"], 'R'),
  t("what's their first antipattern", "Cloud brokers.", [r"broker"], 'R'),
  t("what do they do instead", "Federated auth, redirecting users to the native AWS console.", [r"federat"], 'R'),
  t("and the second antipattern", "A small number of AWS accounts - instead micro-segmentation, an account per app and environment.", [r"account"], 'R'))
d(t("cloudhsm cluster max size", "Up to 32 HSMs.", [r"32"], 'B'),
  t("compliance level?", "FIPS 140-2.", [r"140-2|FIPS"], 'B'),
  t("side question, kms key length?", "256 bit keys.", [r"256"], 'B'),
  t("back to hsm - can it sync with on-prem", "Yes, in some use cases keys can sync with on-premise HSMs.", [r"on-premise"], 'B'))
d(t("how does autoscaling know to scale, awsome day", "ELB reports latency/utilisation to CloudWatch, which notifies auto-scaling.", [r"cloudwatch"], 'A'),
  t("can something else trigger it?", "An API endpoint call - e.g. TicketMaster's MouseOver JavaScript.", [r"API"], 'A'),
  t("and what does the book say autoscaling relies on?", "CloudWatch, plus launch configurations and autoscaling groups.", [r"cloudwatch|launch configuration"], 'B'),
  t("what cpu threshold does its example use", "Remove an instance when CPU drops below 70%; alarm at 80%.", [r"70|80"], 'B'))
d(t("media intelligence talk in vegas - who's the customer", "National Geographic.", [r"national geographic"], 'R'),
  t("what aws parts did they use", "CloudFront, step functions, API GW, DynamoDB, Lambda, Rekognition.", [r"dynamo|lambda"], 'R'),
  t("training time saved?", "About 30 days down to 8 hours.", [r"8 hours"], 'R'))
d(t("can vpc peering go cross region? london summit", "Yes, peering can be in different regions if CIDRs don't overlap.", [r"different regions"], 'S'),
  t("the book says?", "Only between VPCs in the same region.", [r"same\s+region"], 'B'),
  t("and reinvent?", "Inter-region VPC peering, encrypted by default.", [r"inter.region|encrypted"], 'R'),
  t("transitive peering ok?", "No, transitive connections are not permitted.", [r"not\s+permitted|direct"], 'B'))
d(t("what's sam", "The Serverless Application Model, a CloudFormation extension for serverless resources.", [r"cloudformation"], 'D'),
  t("what license?", "Apache 2.0.", [r"apache"], 'D'),
  t("what's the alternative framework mentioned", "The Serverless framework.", [r"serverless framework"], 'D'),
  t("ok and does it work with other clouds?", "Yes, it can be used with AWS and other cloud providers.", [r"other cloud"], 'D'))
d(t("s3 https only possible?", "Yes, you can limit S3 access to HTTPS (useful for PCI), but it's on you.", [r"https"], 'A'),
  t("how many objects in s3", "Over 25 trillion.", [r"25 trillion"], 'A'),
  t("singapore anecdote?", "More than a ton of SSD drives per day delivered when the region opened.", [r"\bton\b"], 'A'),
  t("what does the book say about bucket limits", "Max 100 buckets per account.", [r"100"], 'B'))
d(t("multi region active active advice at reinvent", "Active-active is hard (don't do it lightly), but it forces proper DR; replicate async where possible; monitor replication lag.", [r"active"], 'R'),
  t("cost of each extra 9", "Double the cost.", [r"double"], 'R'),
  t("what's 99% in downtime", "3 days 15 hours.", [r"3 days"], 'R'),
  dec("who presented it?", 'R', "The notes don't say who - only that it was an AWS evangelist."))
d(t("what's lambda per the book", "AWS's serverless compute: run code without provisioning or managing servers.", [r"server"], 'B'),
  t("how is it billed", "Requests, duration per 100 milliseconds, and data access.", [r"100"], 'B'),
  t("when is it the best option", "Running code on S3 bucket updates, DynamoDB updates or custom app events.", [r"S3", r"dynamodb"], 'B'),
  t("what does builders day say the memory max is?", "3GB (up from 1.5GB).", [r"3\s?GB"], 'D'))
d(t("hi, who did the serverless state of the union at builders day", "Ian Massingham.", [r"Massingham"], 'D'),
  t("cool. what's x-ray for", "Instrumentation and monitoring within Lambda functions.", [r"monitor|instrument"], 'D'),
  t("ok and the ci/cd tools he listed?", "CodeCommit or GitHub, CodeBuild, CloudFormation, CodeDeploy, CodeStar.", [r"codebuild", r"codedeploy|codecommit"], 'D'),
  t("thanks - which file defines the build?", "buildspec.yaml.", [r"buildspec"], 'D'))
d(t("how many attended the summit", "12000+ claimed.", [r"12,?000"], 'S'),
  dec("how many were there the last time he went?", 'S'),
  t("how long ago was that visit", "Four years since his last visit.", [r"four|\b4\b"], 'S'),
  t("what venue", "ExCeL, London.", [r"excel"], 'S'))
d(t("ticketmaster story at awsome day?", "Scaling triggered by an API call from client-side JavaScript MouseOver events.", [r"mouse\s?over"], 'A'),
  t("and the ticketing ddos trick tom described", "Rivals start purchases to hold tickets then abandon them so real users can't buy.", [r"abandon|held|hold"], 'A'),
  dec("which ticketing company did that", 'A'),
  t("how does aws handle attacks generally, per him", "Attacks 24/7/365 are deflected; malicious traffic is blocked at the edge.", [r"edge|24/7"], 'A'))

rows = []
for i, turns in enumerate(DLG, 1):
    tl = []
    for (user, ans, rx, doc, is_dec) in turns:
        turn = {'user': user, 'must_contain': [DECLINE_RX] if is_dec else rx, 'doc': DOCS[doc], 'answer': ans}
        if is_dec: turn['expect'] = 'decline'
        tl.append(turn)
    rows.append({'id': 'hd%02d' % i, 'turns': tl})
write_jsonl('dialogues.jsonl', rows)
print(len(rows), 'dialogues', sum(len(r['turns']) for r in rows), 'turns', sum(1 for r in rows for x in r['turns'] if x.get('expect')), 'declines')
