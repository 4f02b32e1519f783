# Dialogues: list of conversations; each turn is (user, [must_contain], doc[, "decline"])
AD = "awsome-day-manchester-2018.txt"
SL = "aws-summit-london-2019.txt"
BK = "aws-book-netshock.txt"
BD = "aws-builders-day-manchester-2018.txt"
RI = "aws-reinvent-2017.txt"

# A plain decline ("the notes don't mention that", "I couldn't find that in the notes")
DECLINE = r"(don.t|do not|doesn.t|does not|couldn.t|could not|can.t find|\bno\b|\bnot\b).{0,40}(notes|cover|mention|find|say|specif|give)"
D = "decline"

DL = [
# ed01 speaker -> other event -> "the first one"
[("who did the chaos engineering talk at the london summit?", [r"Adrian Horn"], SL),
 ("did he talk at builders day too? which sessions?", [r"Architectural Patterns|Global Tables|Global Serverless"], BD),
 ("what was the patterns one about?", [r"lambda|kinesis|api gateway|step functions"], BD)],
# ed02 ellipsis + who gave it
[("max lambda run time at builders day?", [r"(5|five)[\s-]?min"], BD),
 ("and how long can step functions keep state?", [r"(1|one) year"], BD),
 ("who gave that talk?", [r"Maddox"], BD)],
# ed03 switch event with the same question
[("how much faster is aurora than mysql at awsome day", [r"10\s?x|10 times|ten times"], AD),
 ("and in the ebook?", [r"5 times|5\s?x|five times"], BK),
 ("which rds engine in the book has no free tier?", [r"Aurora"], BK)],
# ed04 numbers then decline
[("how many attendees at the london summit", [r"12,?000"], SL),
 ("and sponsors?", [r"\b98\b"], SL),
 ("how did the author feel about the crowds", [r"cattle|too many|packed|crowd"], SL),
 ("what did a ticket cost?", [DECLINE], SL, D)],
# ed05 pronouns about a person and his tool
[("who's paul maddox", [r"SAM Local|Step Functions|serverless"], BD),
 ("what does his tool need installed?", [r"Docker"], BD),
 ("is it open source?", [r"open source|yes"], BD),
 ("and what licence is sam itself under?", [r"Apache"], BD)],
# ed06 list -> "the chatbot one" -> decline
[("which reinvent sessions were about banking or financial services?", [r"chatbot", r"Barclays|Trade-off|Culture Shift|Financial Services"], RI),
 ("who ran the chatbot one?", [r"Candelario|Jajoo|Ken Jackson"], RI),
 ("does lex do the user authentication?", [r"Cognito"], RI),
 ("what's ken jackson's job title?", [DECLINE], RI, D)],
# ed07 list -> "the second one"
[("list the sessions the blogger attended at the london summit", [r"networking", r"Alexa"], SL),
 ("tell me more about the second one", [r"VPC|subnet"], SL),
 ("who presented it?", [r"Perry Wald|Adamski"], SL),
 ("what peering limit did they mention?", [r"125"], SL)],
# ed08 person, then ellipsis
[("who is tom woodyer", [r"EC2|S3|IAM|RDS|AWSome"], AD),
 ("what did he say the first aws service was?", [r"SQS"], AD),
 ("and how much business IT is wasted, per him?", [r"5\s?%"], AD)],
# ed09 detail, detail, back to X
[("sqs message retention in the ebook", [r"14 days"], BK),
 ("max message size?", [r"256\s?kb"], BK),
 ("and fifo throughput?", [r"\b300\b"], BK),
 ("back to retention - what's the default again?", [r"4 days"], BK),
 ("can a queue be shared with another aws account?", [r"share|yes"], BK)],
# ed10 switch event, same question, and back
[("what's the lambda concurrency limit at builders day?", [r"1,?000"], BD),
 ("what languages does lambda support according to the book?", [r"Node", r"Python"], BK),
 ("and at builders day?", [r"NET Core|\bGo\b"], BD)],
# ed11 company -> why -> books
[("who spoke from autoscout24 at reinvent", [r"Deger"], RI),
 ("what was their legacy setup?", [r"2,?000|Oracle|VMWARE|data cent"], RI),
 ("why did they move to microservices?", [r"speed|fast"], RI),
 ("which books did the talk recommend?", [r"Phoenix|Lean Enterprise"], RI)],
# ed12 quote -> same person at another event -> pronoun follow-ups
[("what werner vogels quote came up at the london summit?", [r"failures are a given"], SL),
 ("did he speak at reinvent?", [r"keynote"], RI),
 ("what did he say about encryption there?", [r"encrypt like everyone|no excuse"], RI),
 ("and how available is route 53 according to him?", [r"100\s?%"], RI)],
# ed13 case study -> decline -> back on track
[("what's the kinesis case study from builders day", [r"Supercell"], BD),
 ("which game do they make?", [r"Clash of Clans"], BD),
 ("how much revenue does it make?", [DECLINE], BD, D),
 ("ok. streams vs firehose?", [r"Firehose", r"S3|Redshift|ElasticSearch"], BD)],
# ed14
[("what was the rtt from vegas to sao paulo in the cloudfront talk", [r"100\s?ms"], RI),
 ("and with tcp plus tls?", [r"300\s?ms|2 RTT"], RI),
 ("where does pop health data get sent?", [r"Kinesis"], RI)],
# ed15
[("nacl vs security group in the book?", [r"stateful", r"stateless"], BK),
 ("which of them evaluates rules in order?", [r"NACL|Network Access Control", r"lowest|number|order"], BK),
 ("what does a newly created one block by default?", [r"deny|denied"], BK),
 ("and the default one in the default vpc?", [r"allow"], BK)],
# ed16 announcements -> decline -> back to X
[("what database did ric harvey announce?", [r"Neptune"], AD),
 ("and for machine learning?", [r"SageMaker"], AD),
 ("how much does the graph db cost?", [DECLINE], AD, D),
 ("back to sagemaker, what can you do with it?", [r"train|deploy|build"], AD)],
# ed17
[("what did drax do with its old coal plants", [r"biomass"], SL),
 ("what share of uk renewables is that?", [r"15\s?%"], SL),
 ("who was the drax speaker?", [r"Bjoern|Reinke"], SL),
 ("and whose data science tech do they use?", [r"Inawisdom"], SL),
 ("what do their systems of intelligence need?", [r"trusted data|insight|automation"], SL)],
# ed18
[("what are lambda weighted aliases", [r"traffic", r"version"], BD),
 ("example split?", [r"90\s?%|90/10", r"10\s?%|90/10"], BD),
 ("and what does api gateway have for shifting traffic?", [r"stage"], BD)],
# ed19
[("what's picsou", [r"Scrooge|capacity"], RI),
 ("what's it built with?", [r"Spark|React"], RI),
 ("any other tools from that talk?", [r"Libra|Cost Dashboard|Tableau"], RI),
 ("do they use serverless?", [r"don.t|\bno\b|\bnot\b"], RI)],
# ed20 steps -> follow ups -> decline
[("steps to make an alexa hosted skill", [r"hosting", r"simulat"], SL),
 ("what runs it under the hood?", [r"Lambda"], SL),
 ("how many skills are out there?", [r"80,?000"], SL),
 ("which programming language did the demo use?", [DECLINE], SL, D)],
# ed21
[("how long does glacier take to retrieve files according to the book", [r"1 day|one day"], BK),
 ("and its durability?", [r"99\.999999999"], BK),
 ("how do i move objects into it?", [r"lifecycle"], BK)],
# ed22 venue, switch event, compare dates
[("where was awsome day held?", [r"Hotel Football"], AD),
 ("and builders day?", [r"Victoria Warehouse"], BD),
 ("which one came first?", [r"Builders|27"], BD)],
# ed23
[("in the reinvent dms session, can it move mongo to dynamo?", [r"DynamoDB|yes"], RI),
 ("is it free?", [r"Aurora"], RI),
 ("how many tables can one replication instance do at once?", [r"\b8\b|eight"], RI),
 ("will it support db2?", [r"roadmap|regularly|new sources"], RI)],
# ed24 list -> one element -> pricing -> decline
[("what are the step functions state types", [r"choice", r"parallel"], BD),
 ("what does the wait one do?", [r"delay|wait"], BD),
 ("how's the service priced?", [r"state transition"], BD),
 ("how many dollars per transition?", [DECLINE], BD, D)],
# ed25
[("in the london networking talk how do private subnets get out to the internet", [r"NAT"], SL),
 ("and public ones?", [r"internet gateway|IGW"], SL),
 ("how many addresses in the /16 they recommended?", [r"65,?536"], SL)],
# ed26 list -> "the second one" -> "the first one"
[("what ebs volume types does the ebook describe", [r"general purpose", r"provisioned", r"magnetic"], BK),
 ("max iops on the second one?", [r"20,?000"], BK),
 ("and the first one?", [r"3 IOPS|3,?000"], BK)],
# ed27
[("werner's availability tiers?", [r"99\.9", r"AZ"], RI),
 ("what do you need for seven nines?", [r"multi|region"], RI),
 ("which aws service did he say has 100%?", [r"Route\s?53"], RI)],
# ed28
[("how long are rds backups kept (awsome day)", [r"\b35\b"], AD),
 ("how do dynamodb keys work there?", [r"partition key"], AD),
 ("what's aurora's speedup over mysql in that session?", [r"10\s?x|10 times|ten times"], AD),
 ("who presented it?", [r"Tom Woodyer|Woodyer"], AD)],
# ed29 stat -> who -> other stat -> other event
[("which load time stat came from google at the summit", [r"500\s?ms", r"20\s?%"], SL),
 ("who's that attributed to?", [r"Marissa Mayer"], SL),
 ("and the amazon one?", [r"100\s?ms", r"1\s?%"], SL),
 ("was that stat mentioned at builders day too?", [r"1\s?%", r"100\s?ms"], BD)],
# ed30 detour off-topic and back
[("cloud9 price at builders day", [r"1\.60"], BD),
 ("unrelated but what's the weather in vegas right now", [DECLINE], None, D),
 ("ok back to cloud9 - does it work offline?", [r"browser|internet"], BD),
 ("did anyone demo it at reinvent?", [r"Werner|keynote|demo"], RI)],
# ed31
[("what did the barclays talk say about aws accounts", [r"segment|each app|small numb"], RI),
 ("and centralised admin?", [r"CICD|CI/CD|productivity|control|bottleneck"], RI),
 ("what do they do instead?", [r"compliance|automat"], RI)],
# ed32
[("route 53 routing options in the ebook", [r"weighted", r"latency"], BK),
 ("which one helps when migrating from on-prem?", [r"weighted"], BK),
 ("and to fall back to an s3 site?", [r"failover", r"bucket\s+name|evaluate\s+target\s+health"], BK)],
# ed33
[("what's cloud custodian", [r"compliance|lambda"], BD),
 ("which company built it?", [r"Capital\s?One"], BD),
 ("what kind of notifications does it send?", [r"SNS"], BD),
 ("how many built-in rules does it ship with?", [DECLINE], BD, D)],
# ed34
[("who presented the ai session in london", [r"Bryen|Reinke"], SL),
 ("which ml types did they describe?", [r"unsupervised", r"reinforcement"], SL),
 ("gdp by 2030?", [r"112"], SL),
 ("whats the source of that number?", [r"PwC"], SL)],
# ed35
[("mycs rendering costs at reinvent", [r"\b25\b|35\s?k"], RI),
 ("why did they build their own engine?", [r"5x|7x|faster|fine tune"], RI),
 ("what replaced varnish?", [r"Lambda@Edge"], RI),
 ("and which load balancer supports websockets?", [r"Application Load Balancer|\bALB\b"], RI)],
# ed36
[("load balancer types at awsome day", [r"classic", r"network"], AD),
 ("which works at ip level?", [r"Network Load Balancer|\bNLB\b"], AD),
 ("largest number of servers tom has seen?", [r"900"], AD),
 ("and the default ec2 soft limit per region?", [r"\b20\b"], AD)],
# ed37
[("what's cloudhsm in the book", [r"hardware security module|HSM"], BK),
 ("how many in a cluster?", [r"\b32\b"], BK),
 ("and kms key limit?", [r"1,?000"], BK),
 ("which of the two is single tenant?", [r"CloudHSM|Cloud HSM"], BK)],
# ed38 event switch on same subject
[("what did adrian say about netflix regions at builders day", [r"\b3\b|three", r"EU"], BD),
 ("which netflix chaos tool did he mention in london?", [r"Simian"], SL),
 ("what can it do?", [r"region|shut down|slow"], SL)],
# ed39
[("how many aws accounts did change healthcare have in 2016", [r"\b29\b"], RI),
 ("and vpcs?", [r"\b62\b"], RI),
 ("how do they validate instances?", [r"Inspector"], RI),
 ("which antivirus does aws run on the lambda servers?", [DECLINE], RI, D)],
# ed40
[("which customers spoke in the london summit keynote", [r"Sainsbury", r"Ministry of Justice|MOJ"], SL),
 ("what was the MoJ doing?", [r"micro-?\s?service"], SL),
 ("how many microservices do they run?", [DECLINE], SL, D),
 ("and sainsbury's?", [r"machine learning|retail space|deliveries"], SL)],
# ed41
[("how long does kinesis keep data per the ebook?", [r"24 hours"], BK),
 ("shard throughput?", [r"2\s?MB", r"1\s?MB"], BK),
 ("what's it used for?", [r"gaming|IOT|log"], BK),
 ("back to retention: across how many AZs is it replicated?", [r"three|\b3\b"], BK)],
# ed42
[("what's sam at builders day", [r"Serverless Application Model"], BD),
 ("and sam local?", [r"Docker|locally|local machine"], BD),
 ("which editor did paul use in his demo?", [r"Visual Studio Code|VS Code"], BD),
 ("what language was the function in?", [r"node"], BD)],
# ed43
[("active-active talk at reinvent: 99% availability means how much downtime?", [r"3 days", r"15 hours"], RI),
 ("and what does each extra nine do to cost?", [r"double"], RI),
 ("who gave the talk?", [r"evangelist|not (named|mentioned|given)"], RI),
 ("does aurora do multi-master?", [r"multi-?\s?master"], RI)],
# ed44
[("what's the well-architected framework at awsome day", [r"reliability", r"security"], AD),
 ("which tool helps with it?", [r"Trusted Advisor"], AD),
 ("and at reinvent, what lenses did werner mention?", [r"HPC|server\s?less"], RI)],
# ed45
[("chaos tool for kubernetes from adrian's london talk", [r"Kube"], SL),
 ("and docker?", [r"Pumba"], SL),
 ("lambda?", [r"Thundra"], SL),
 ("which one is destruction as a service?", [r"Grem"], SL)],
# ed46
[("what's elastic beanstalk per the ebook", [r"provision|deploy"], BK),
 ("platforms?", [r"PHP|Ruby|Tomcat|Python"], BK),
 ("does it support go?", [DECLINE], BK, D),
 ("and cloudformation templates are in what format?", [r"JSON", r"YAML"], BK)],
# ed47
[("nat geo media pipeline at reinvent", [r"store", r"deliver"], RI),
 ("how much did training time drop?", [r"30 days", r"8 hours"], RI),
 ("on what kind of instances?", [r"GPU|FPGA"], RI)],
# ed48 "which company was that?" -> decline
[("reliability vs availability per hornsby at builders day", [r"reliab", r"availab"], BD),
 ("formula?", [r"MTBF", r"MTTR"], BD),
 ("how many deployments in 2014 did he mention?", [r"50 million|1\.3"], BD),
 ("which company was that?", [DECLINE], BD, D)],
# ed49
[("how do i add latency for chaos testing (london summit)", [r"tc qdisc|netem"], SL),
 ("how much delay in that example?", [r"200\s?ms"], SL),
 ("what about for aurora?", [r"crash|replica|disk|fault injection"], SL),
 ("can those be undone?", [r"revert|immediately"], SL)],
# ed50 event switch + who
[("what did reinvent say about fargate", [r"container|task definition"], RI),
 ("and at awsome day?", [r"container"], AD),
 ("who brought it up there?", [r"Ric Harvey|Harvey|keynote"], AD),
 ("what else did that keynote announce?", [r"Neptune|SageMaker|\bMQ\b|VMware"], AD),
 ("and how many improvements were released in 2017?", [r"1,?300"], AD)],
]
