# Hand-written multi-turn conversations. Each turn: (user, [regexes], doc or None, expect)
# expect: "" (answer from doc), "decline" (notes don't say -> reply must match DECLINE),
#         "smalltalk" (thanks / hi / bye; doc None, loose regex).
from data_qa import AD, SL, BD, RI, BK

# One decline regex, used for every decline turn.
DECLINE = (r"(?:don.?t|do not|doesn.?t|does not|didn.?t|did not|isn.?t|is not|aren.?t|are not|can.?t|cannot|couldn.?t|could not|unable to|\bno\b|\bnot\b|\bnothing\b)"
           r"[^.?!]{0,80}?(?:notes?|know|cover|covered|mention|mentioned|say|said|state|stated|find|found|information|info|details?|record|help with)")
THANKS = r"welcome|no problem|no worries|glad|happy to|any ?time|pleasure|cheers|\bnp\b|you bet"
HI = r"\b(hi|hello|hey|greetings|welcome|help)\b"
BYE = r"bye|goodbye|see you|take care|have a (good|great|nice)|cheers|welcome"

D = []
def dlg(*turns):
    D.append(list(turns))

def T(user, rx, doc):
    return (user, rx, doc, "")
def X(user):
    return (user, [DECLINE], None, "decline")
def S(user, rx):
    return (user, [rx], None, "smalltalk")

dlg(T("who gave the chaos engineering talk at the london summit?", [r"hornsby|adrian"], SL),
    T("did he speak at builders day too?", [r"serverless architectural patterns|global tables|dynamodb"], BD),
    T("which of those was about dynamo?", [r"global tables"], BD),
    T("how fast do they replicate", [r"500\s?ms"], BD),
    T("and what did the vegas notes say about global tables", [r"stream|multi.?master|empty table", r"region"], RI))

dlg(T("lambda concurrency limit?", [r"1,?000"], BD),
    T("and the max memory", [r"3\s?GB"], BD),
    T("and max run time?", [r"5 min|five min"], BD),
    T("what does the ebook say about how it's billed", [r"100\s?(ms|milli)"], BK))

dlg(T("what talks did the author see at the summit", [r"networking", r"alexa"], SL),
    T("who gave the second one", [r"wald", r"adamski"], SL),
    T("whats the peering limit they mentioned", [r"125"], SL),
    T("and max transit gateway connections?", [r"5,?000"], SL),
    S("thanks!", THANKS))

dlg(T("how much faster is aurora than mysql at awsome day", [r"10\s?x|10 times|ten times"], AD),
    T("what about in the book?", [r"\b5\b|five"], BK),
    T("and vs postgres at awsome day?", [r"3\s?x|3 times|three times"], AD))

dlg(T("what was the talk about breaking things on purpose", [r"chaos|resilience|destruction"], SL),
    T("who gave it?", [r"hornsby|adrian"], SL),
    T("what tool did he list for lambda", [r"thundra"], SL),
    T("and for docker", [r"pumba"], SL))

dlg(T("what does sam local need installed", [r"docker"], BD),
    X("btw whats the weather in manchester today"),
    T("ok back to sam local - who made it?", [r"maddox|paul"], BD),
    T("is it open source", [r"open source"], BD))

dlg(T("what sessions were at builders day", [r"serverless", r"step functions|global tables|architectural"], BD),
    T("only the ones by paul maddox", [r"serverless development", r"step functions"], BD),
    T("in the second one, how long can a state machine keep state", [r"year"], BD))

dlg(T("who spoke from sainsbury's at the london summit", [r"jordan|moriaty"], SL),
    T("what's phil's title", [r"CIO"], SL),
    T("and the other one", [r"clodagh|moriaty", r"digital officer"], SL))

dlg(X("how much did a summit ticket cost"),
    T("ok, how many people went", [r"12,?000"], SL),
    T("and how many sponsors", [r"98"], SL))

dlg(T("explain security groups vs nacls from the ebook", [r"stateful", r"stateless"], BK),
    T("which one works at subnet level", [r"NACL|network access control"], BK),
    T("how many rules per security group max", [r"\b50\b"], BK),
    T("what did the london networking talk say about them", [r"stateful|stateless"], SL),
    T("and what do flow logs capture there", [r"source|bytes|payload|metadata"], SL))

dlg(T("who is bjoern reinke", [r"drax", r"smart metering"], SL),
    T("which company was that again?", [r"drax"], SL),
    T("what share of uk renewables do they produce", [r"15\s?%"], SL),
    T("what do they use for data science", [r"inawisdom"], SL),
    T("what anomalies do they look for", [r"time series|deviation|tenant"], SL))

dlg(S("hi", HI),
    T("what is werner's encryption quote", [r"encrypt like everyone"], RI),
    T("which talk was that in", [r"keynote"], RI),
    T("what availability does he say 2 AZs give you", [r"99\.95"], RI))

dlg(T("what did barclays talk about in vegas", [r"broker|account|centrali|compliance|federat|governance"], RI),
    T("what were the anti patterns", [r"broker", r"account|centrali"], RI),
    T("what did they do instead of the first one", [r"federat"], RI))

dlg(T("sqs message retention in the book", [r"14\s+days", r"4\s+days"], BK),
    T("and the max visibility timeout?", [r"12\s+hours"], BK),
    T("max message size?", [r"256\s?kb"], BK),
    T("what did tom woodyer say was the first ever aws service", [r"SQS|simple queue"], AD))

dlg(X("who wrote the aws ebook"),
    T("ok what is it about", [r"highly\s+available|fault\s+tolerant|services"], BK),
    T("does it cover lambda", [r"lambda|serverless"], BK))

dlg(T("what's cloud9", [r"\bIDE\b"], BD),
    T("how much does it cost", [r"1\.60"], BD),
    T("was it demoed at reinvent?", [r"lambda|debugg|peer|chat|blueprint"], RI))

dlg(T("how many regions does aws have according to awsome day", [r"\b18\b"], AD),
    T("and azs per region?", [r"\b2\b|two"], AD),
    T("how many compliance frameworks", [r"\b58\b"], AD),
    S("thanks that's all", THANKS))

dlg(T("what's the availability formula adrian gave", [r"MTBF", r"MTTR"], BD),
    T("what does mttr stand for", [r"mean time to repair"], BD),
    T("how many deployments in 2014", [r"50 million"], BD))

dlg(T("what are the sqs queue types in the book", [r"fifo", r"standard"], BK),
    T("tell me more about the second one", [r"order|unlimited|120,?000"], BK),
    T("and the in-flight limit for the first?", [r"20,?000"], BK))

dlg(T("which company made clash of clans", [r"supercell"], BD),
    T("how much data do they process", [r"45 million"], BD),
    S("cool thanks", THANKS),
    T("back to kinesis - streams vs firehose?", [r"S3|redshift|elasticsearch"], BD))

dlg(T("what's tom's tip about ec2 tags at awsome day", [r"\b50\b|tag"], AD),
    T("how does azure do it", [r"resource group"], AD),
    T("what's the ec2 soft limit he mentioned", [r"\b20\b"], AD),
    T("why?", [r"no max|zero|\b0\b|1,?000"], AD),
    T("how many cloudwatch metrics does amazon get per sec", [r"180 million"], AD))

dlg(T("what did werner say about voice", [r"natural|voice"], RI),
    T("any examples he gave", [r"surg|doctor|cook|farmer|parent|rice"], RI),
    T("what's the rice org called", [r"IRRI"], RI),
    X("what year was it founded"))

dlg(X("what is Ric Harvey's job title"),
    T("what did he talk about then", [r"\bMQ\b|neptune|fargate|sagemaker|vmware"], AD),
    T("which one is the graph db", [r"neptune"], AD))

dlg(T("dms migration patterns at reinvent", [r"lift and shift", r"hetero|homo"], RI),
    T("give me an example of the last one", [r"oracle", r"aurora"], RI),
    T("is dms free for that?", [r"aurora", r"free"], RI),
    T("how many tables per replication instance", [r"\b8\b|eight"], RI))

dlg(T("what's kinesis according to the ebook", [r"real.?time"], BK),
    T("default retention?", [r"24\s+hours"], BK),
    T("and max", [r"7\s+days"], BK),
    T("what's a real world example from builders day", [r"supercell|clash"], BD))

dlg(T("who spoke in the financial chatbots chalk talk", [r"candelario|felix", r"jackson|jajoo"], RI),
    T("what service was it about", [r"\blex\b"], RI),
    T("can it start a conversation", [r"can.?not|can.?t|\bno\b"], RI),
    T("what about exporting it", [r"alexa|json"], RI),
    T("what use cases did they list", [r"password reset|FAQ|CRM|HR"], RI))

dlg(T("what's paul maddox's twitter handle", [r"@paulmaddox"], BD),
    T("and ian's?", [r"@ianmmmm"], BD),
    X("what's adrian's github url for the photo demo"),
    T("fine. what's his handle then", [r"@adhorn"], BD))

dlg(T("what does the netshock book say about placement groups", [r"close|low.?latency|10\s?Gbps"], BK),
    T("can they span azs", [r"can.?not|can.?t|\bno\b|same"], BK),
    T("and what error might you get adding instances later", [r"capacity"], BK))

dlg(T("what is the well architected framework at awsome day", [r"reliab", r"cost optimi[sz]ation|operational excellence"], AD),
    T("what tool helps with it", [r"trusted advisor"], AD),
    T("and what did werner say about it in vegas", [r"pillar|principle|capacity|game day|lens"], RI))

dlg(T("what's global accelerator", [r"backbone"], SL),
    T("which talk was that from", [r"networking fundamentals"], SL),
    T("who presented that", [r"wald", r"adamski"], SL))

dlg(X("how many people attended re:invent 2017"),
    T("what sessions are in the reinvent notes then", [r"media intelligence|chatbot|migrat|netflix|active.active"], RI),
    T("tell me about the 3D one", [r"render|3D|GPU"], RI),
    T("which company was that", [r"MYCS"], RI))

dlg(T("what's the s3 object size limit per the ebook", [r"5\s?(TB|terabyte)"], BK),
    T("and how many objects does s3 hold per awsome day", [r"25 trillion"], AD),
    T("how many ways to encrypt", [r"\b7\b|seven"], AD))

dlg(T("what are dynamodb global tables", [r"region", r"replicat"], BD),
    T("what did the reinvent active active talk say about them", [r"stream|multi.?master|empty table", r"region"], RI),
    S("thx", THANKS))

dlg(T("how many attendees at the summit", [r"12,?000"], SL),
    T("and was the author happy with it", [r"disappoint"], SL),
    T("would he go again", [r"probably not|\bnot\b|\bno\b"], SL))

dlg(T("what chaos tools got mentioned in london", [r"gremlin|grem|toxiproxy|simian|pumba|thundra"], SL),
    T("only the container ones", [r"kube", r"pumba"], SL),
    T("was gremlin mentioned at awsome day too", [r"gremlin", r"failure as a service|netflix|chaos monkey"], AD))

dlg(S("hello there", HI),
    T("what's an elastic ip in the book", [r"static"], BK),
    T("what can you use it for", [r"fail|remap"], BK),
    S("bye", BYE))

dlg(X("whats the hourly price of a t2.micro"),
    T("what's a t2 good for then", [r"burstable|general purpose"], BK),
    T("and c4?", [r"compute optimi[sz]ed|high traffic web"], BK))

dlg(T("step functions state types", [r"choice", r"parallel"], BD),
    T("what does the wait one do", [r"delay|wait"], BD),
    T("how is it priced", [r"state transition"], BD),
    T("what's the ebook's workflow service", [r"SWF|simple workflow"], BK),
    T("how long can one of those workflows run", [r"year"], BK))

dlg(T("tell me about the ministry of justice at the summit", [r"micro.?service"], SL),
    T("who was the speaker", [r"tom read"], SL),
    T("what's his role", [r"CDIO"], SL))

dlg(X("what's the max dynamodb item size"),
    T("ok what are dynamodb keys then", [r"partition key"], AD),
    T("and what does the ebook say dynamodb replaces", [r"mongo|cassandra"], BK))

dlg(T("who's abby fuller", [r"container"], RI),
    T("which services were mentioned with that", [r"\bECS\b", r"EKS|fargate"], RI),
    T("how many microservices does monzo run", [r"350"], RI))

dlg(T("what's the recommended vpc size at the london summit", [r"/16|65,?536"], SL),
    T("and vpc limit per region in the book", [r"\b5\b|five"], BK),
    T("can peering cross regions according to the book?", [r"same region|\bno\b|can.?not|can.?t"], BK),
    T("and in the london talk?", [r"different\s+regions|cross.region|\byes\b"], SL))

dlg(T("whats CodeStar", [r"dashboard|orchestrat|pipeline"], BD),
    T("who recommended it", [r"maddox|paul|massingham|ian"], BD),
    T("what source control does the pipeline take", [r"codecommit|github"], BD),
    T("bitbucket?", [r"timescale|request"], BD))

dlg(X("when is the next awsome day"),
    T("where was the last one", [r"hotel football"], AD),
    T("who gave the keynote", [r"harvey"], AD))

dlg(T("what did the ebook say about cloudfront", [r"edge\s+location", r"cach"], BK),
    T("how do i update a cached object", [r"invalidat|different name|re-?upload"], BK),
    T("does that cost anything", [r"charge|cost"], BK),
    T("what hurts its performance", [r"query string|file\s?size|file type|DNS"], BK))

dlg(T("rto meaning", [r"recovery time"], AD),
    T("and rpo", [r"recovery point", r"lose"], AD),
    T("what's the top rds best practice", [r"test", r"fail.?over"], AD),
    S("thanks a lot", THANKS))

dlg(X("how many people attended builders day"),
    T("what was the ask an architect thing", [r"architect", r"snapshot|AMI|CLI"], BD),
    T("so how would i automate it", [r"CLI|lambda|script"], BD))

dlg(T("what did the reinvent dms session say about LOBs", [r"limited", r"LOB"], RI),
    T("which mode is recommended", [r"limited"], RI),
    T("what's sct", [r"schema conversion"], RI),
    T("what os can it run on", [r"linux", r"mac"], RI))

dlg(T("what were the 4 reasons ai took off per the summit", [r"algorithm", r"GPU"], SL),
    T("who coined the term", [r"mccarthy"], SL),
    T("when", [r"1955"], SL))

dlg(T("what's the netflix play button thing at reinvent", [r"play"], RI),
    X("can you book me a flight to vegas"),
    T("ok. back to netflix - how many instances per bubble", [r"2,?500"], RI),
    T("do they use serverless", [r"don.?t|\bno\b|\bnot\b"], RI),
    S("ok thanks!", THANKS))
