#!/usr/bin/env python3
"""Hand-written multi-turn conversations -> dialogues.jsonl.

Each turn: (user, doc key or None, [regexes], reference answer[, "decline"])
A turn marked "decline" is one the notes don't answer: its regex is DECLINE,
which matches a plain "the notes don't say" reply, and its doc (if any) is
the note the subject comes from.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {
    "A": "awsome-day-manchester-2018.txt",
    "B": "aws-builders-day-manchester-2018.txt",
    "S": "aws-summit-london-2019.txt",
    "R": "aws-reinvent-2017.txt",
    "K": "aws-book-netshock.txt",
}

DECLINE = (r"(n['’]?t|\bnot|\bno)\s+(\w+\s+){0,4}?(say|said|mention|cover|includ|specif|state|record|detail|give|provide|know|have|find|list|name|contain|informat)"
           r"|no (mention|info|detail|record)|not in (the|my|these) notes|unknown|unclear")

D = "decline"

DL = [
    # bd01 pronoun / ellipsis
    [("lambda concurrency limit at builders day?", "B", [r"1,?000"], "1000 concurrent executions per region."),
     ("is that per function?", "B", [r"all|across|region"], "No - it applies across all of your functions within a single region."),
     ("and can i go above it", "B", [r"request|increase"], "Yes, but only after manually requesting an increase from Amazon.")],
    # bd02
    [("who did the keynote at awsome day", "A", [r"ric\s+harvey"], "Ric Harvey."),
     ("what did he say about graph databases?", "A", [r"neptune"], "That AWS now has a graph database called Neptune."),
     ("and containers?", "A", [r"fargate"], "AWS Fargate lets you manage container clusters without worrying about the underlying infrastructure."),
     ("anything on machine learning", "A", [r"sagemaker"], "Amazon SageMaker, a new tool to build, train and deploy ML models easily.")],
    # bd03 list -> "the second one"
    [("which sessions did the blogger attend at the london summit?", "S", [r"network", r"alexa"], "AI for digital transformation; AWS networking fundamentals; Creating resilience through destruction; How to build an Alexa Skill in 30 minutes."),
     ("who gave the second one?", "S", [r"wald|adamski"], "Perry Wald and Tom Adamski."),
     ("what did they say about peering limits", "S", [r"\b125\b"], "There is a limit of 125 peerings, so a Transit Gateway can act as a central point."),
     ("and how many connections can that gateway take", "S", [r"5,?000"], "Each Transit Gateway supports up to 5000 connections.")],
    # bd04 event switch + decline
    [("how much faster is aurora than mysql according to awsome day?", "A", [r"10\s*x|10 times|ten times"], "Up to 10x the performance of MySQL."),
     ("and what does the ebook say?", "K", [r"\b(5|five)\b"], "The e-book says 5 times better performance than MySQL."),
     ("why do they disagree?", "K", [DECLINE], "The notes don't say why the figures differ.", D)],
    # bd05 speaker across events
    [("tell me about adrian's talk at the london summit", "S", [r"chaos|resilience|destruction"], "Creating resilience through destruction: chaos engineering - deliberately injecting failures to build resilient systems."),
     ("did he also speak at builders day?", "B", [r"architectural\s+patterns|global\s+tables"], "Yes - Serverless Architectural Patterns and Building Global Serverless Backends powered by DynamoDB Global Tables."),
     ("what was the first one about", "B", [r"lambda|kinesis|step functions|api gateway"], "Serverless architectural patterns: Lambda best practices, Step Functions for orchestration, API Gateway, Kinesis for streaming, demos."),
     ("how fast does the global tables replication go", "B", [r"500\s*ms"], "Updates replicate in 500ms or less.")],
    # bd06 detour + return
    [("default sqs message retention in the ebook?", "K", [r"\b4\s*days"], "4 days by default."),
     ("btw whats the weather in manchester today", None, [DECLINE], "The notes don't cover the weather.", D),
     ("ok back to sqs - what's the longest it can be?", "K", [r"14\s*days"], "14 days (minimum is 1 minute).")],
    # bd07
    [("who ran the chatbot chalk talk at reinvent?", "R", [r"candelario|jajoo|jackson"], "Felix Candelario, Hanybal Jajoo and Ken Jackson."),
     ("can the bot start a conversation itself?", "R", [r"cannot|can'?t|\bnot\b|unable"], "No - Lex cannot start a chat."),
     ("how do they handle login then", "R", [r"cognito"], "Lex does no authentication; integrate with Cognito, store the ID and pass the session to Lex."),
     ("can you move it to alexa", "R", [r"json"], "Yes - export the Lex bot to JSON and import it into Alexa.")],
    # bd08
    [("what's a bastion host (ebook)", "K", [r"public\s+subnet", r"private"], "An EC2 instance in a public subnet used as a gateway to reach instances in a private subnet."),
     ("what works hand in hand with it?", "K", [r"\bnat\b"], "The NAT gateway, which gives private-subnet instances a route to the internet."),
     ("is the instance version of that still recommended", "K", [r"legacy"], "No - NAT instances are now considered legacy; the managed NAT gateway is the newer option.")],
    # bd09
    [("what is sam local", "B", [r"local", r"lambda|api\s+gateway"], "A tool to run and debug Lambda and API Gateway locally on your own machine."),
     ("who made it", "B", [r"maddox"], "Paul Maddox."),
     ("what does it need installed?", "B", [r"docker"], "Docker."),
     ("is it open source", "B", [r"open\s+source"], "Yes, completely open source."),
     ("when was its first release?", "B", [DECLINE], "The notes don't give a release date.", D)],
    # bd10 list -> "which one"
    [("what chaos tools got mentioned in london", "S", [r"simian|toxi\s?proxy|pumba|thundra"], "Simian Army, Chaos Toolkit, Gremlin, ToxiProxy, Kube-Money, Pumba, Thundra."),
     ("which one is for docker?", "S", [r"pumba"], "Pumba."),
     ("and for lambda", "S", [r"thundra"], "Thundra.")],
    # bd11 + decline
    [("what availability levels did werner give at reinvent", "R", [r"99\.9"], "99.9 = 1 AZ, 99.95 = 2 AZs, 99.9999 = 3 AZs, 99.99999 = multi-region."),
     ("how many AZs for 99.95?", "R", [r"\b(2|two)\b"], "2 AZs."),
     ("and beyond that", "R", [r"\b(3|three)\b|multi-?\s?region"], "99.9999 needs 3 AZs; 99.99999 is multi-regional (active-active over 2 regions)."),
     ("what would that cost me per month", "R", [DECLINE], "The notes don't give a monthly cost for that.", D)],
    # bd12 event switch
    [("explain the shared responsibility model from awsome day", "A", [r"security\s+of", r"security\s+in"], "AWS is responsible for security OF the cloud, users for security IN the cloud."),
     ("so who looks after the OS?", "A", [r"users?|customer|you"], "You (the user) - the OS is on the customer side."),
     ("what does the ebook add about patching?", "K", [r"guest", r"patch"], "AWS manages the host OS; installing security patches and updates on the guest OS is your responsibility.")],
    # bd13 list -> second / last
    [("what were adrian's lambda best practices", "B", [r"package", r"handler"], "Minimise package size, separate handler from function core, env vars, right-size memory, delete old functions."),
     ("explain the second one", "B", [r"handler"], "Keep the handler separate from the function's core logic."),
     ("and the last?", "B", [r"delete"], "Delete old functions.")],
    # bd14
    [("can dms migrate on-prem to on-prem?", "R", [r"cannot|can'?t|\bno\b"], "No - it cannot; it can go from on-premise to RDS or a data warehouse."),
     ("what about from mongodb", "R", [r"dynamo"], "Yes, MongoDB to DynamoDB."),
     ("how many tables can one replication instance handle at once", "R", [r"\b8\b|eight"], "Up to 8 tables at the same time."),
     ("does it support db2", "R", [r"roadmap|regularly"], "Not confirmed: new sources and targets are released regularly but they couldn't talk about the roadmap.")],
    # bd15 event switching
    [("how many regions does netflix run active in, per builders day?", "B", [r"\b(3|three)\b"], "3 regions - 2 US and 1 EU."),
     ("how many microservices just for their UI?", "B", [r"\b160\b"], "Something like 160."),
     ("what's their key chaos metric at reinvent?", "R", [r"play"], "Whether users can press/see the Play button."),
     ("and at the london summit?", "S", [r"play"], "The 'pulse of Netflix' - multiple clicks on the play button if it isn't working.")],
    # bd16
    [("what are the s3 storage classes in the ebook", "K", [r"glacier", r"infrequent"], "Standard, RRS, Infrequent Access and Glacier."),
     ("which is cheapest", "K", [r"glacier"], "Glacier."),
     ("how long to get files back from it", "K", [r"\b1\s*day|one day|a day"], "Up to 1 day."),
     ("how do i move stuff there", "K", [r"lifecycle"], "With lifecycle rules; it takes 1-2 days to take effect.")],
    # bd17
    [("how many alexa skills exist per the summit notes?", "S", [r"80,?000"], "More than 80,000."),
     ("how do you build one", "S", [r"name", r"host"], "Name it, choose the development model, choose hosting, create the skill, test in the simulator."),
     ("did the author manage to build one?", "S", [r"didn.t have a working|no working|did not"], "No - he didn't have a working Alexa skill at the end of the 30 minutes.")],
    # bd18
    [("how many objects in s3 according to tom woodyer", "A", [r"25\s+trillion"], "Over 25 trillion."),
     ("how many ways can it encrypt them", "A", [r"\b7\b|seven"], "7 different ways."),
     ("where can the keys live", "A", [r"kms"], "In AWS KMS (plus other server-side key management options).")],
    # bd19 list -> first / third
    [("which cloud anti-patterns did barclays mention?", "R", [r"broker", r"centrali[sz]"], "Cloud brokers, a small number of AWS accounts, centralised administration."),
     ("what do they do instead of the first one", "R", [r"federat|native"], "Federated auth, with users redirected to the native AWS web console."),
     ("and instead of the third", "R", [r"complian"], "Continuous compliance - automated detective and reactive controls.")],
    # bd20
    [("what's ebs, according to the ebook", "K", [r"block"], "Elastic Block Store - block-level, network-attached storage for EC2 instances."),
     ("can one volume attach to two instances?", "K", [r"single|one|\bno\b"], "No - only to a single EC2 instance at any given time."),
     ("and to an instance in another AZ?", "K", [r"same\s+availability\s+zone|snapshot"], "No, it must be in the same Availability Zone; take a snapshot and create a volume in the new AZ.")],
    # bd21 decline mid-way
    [("who was the drax speaker at the summit", "S", [r"reinke|bjoern"], "Bjoern Reinke, Drax Retail's Director of Smart Metering."),
     ("what's his email address", "S", [DECLINE], "The notes don't include contact details.", D),
     ("whose tech do they use for data science?", "S", [r"inawisdom"], "Inawisdom technology.")],
    # bd22
    [("which company built the 3d configurator at reinvent", "R", [r"mycs"], "MYCS."),
     ("what was it costing them", "R", [r"35\s*k|\b25\b"], "$25 per hour - $35k per month for 2 instances."),
     ("what's replacing varnish", "R", [r"lambda@edge"], "Lambda@Edge."),
     ("lessons learned?", "R", [r"hardware|renderer|reevaluate|80/20"], "Aim for the best hardware, go deep into rendering, re-evaluate infrastructure, focus on the renderer, don't stick to one technology, 80/20 rule.")],
    # bd23
    [("step functions state types?", "B", [r"task", r"choice"], "Task, choice, parallel, wait, fail, succeed, pass."),
     ("what does the pass one do", "B", [r"input", r"output"], "It passes its input to its output."),
     ("how is it billed", "B", [r"transition"], "Based on state transitions.")],
    # bd24
    [("what are iam roles for (ebook)", "K", [r"permission|service"], "Providing permissions to other AWS services and IAM users (e.g. an EC2 instance accessing S3)."),
     ("can you have two applied at once", "K", [r"\bone\b|single"], "No - only one role can be applied at a time, but you can change it at any time."),
     ("do they get api keys?", "K", [r"users?\s+only|\bno\b|do not"], "No - API keys apply to users only; roles don't have them.")],
    # bd25
    [("what vpc size did the summit networking talk recommend", "S", [r"/\s?16"], "/16."),
     ("how many addresses is that", "S", [r"65,?536"], "65,536."),
     ("anything to watch out for when picking the range?", "S", [r"conflict|on-?\s?premises"], "Choose ranges that avoid conflicts with on-premises infrastructure.")],
    # bd26 loose name
    [("at the manchester one with tom woodyer, how many aws regions were there", "A", [r"\b18\b"], "18 regions."),
     ("and AZs?", "A", [r"\b(2|two)\b"], "Always at least 2 per region."),
     ("how fast are the links between them", "A", [r"180\s*tb|10\s*ms"], "180TB networking, sub-10ms.")],
    # bd27
    [("what's picsou", "R", [r"capacity|scrooge"], "Netflix's cloud capacity tool (Scrooge McDuck in French)."),
     ("what else did that team build?", "R", [r"libra|cost dashboard"], "The Cloud Cost Dashboard and Libra."),
     ("what does the last one do", "R", [r"reserved"], "Libra visualises reserved and used instances across zones and types and rebalances as necessary.")],
    # bd28 with decline
    [("how many buckets can an account have, per the ebook", "K", [r"\b100\b"], "100."),
     ("max object size?", "K", [r"5\s*(tb|terabytes)"], "5 terabytes."),
     ("can I hand a bucket over to another account", "K", [r"cannot|can'?t|\bno\b"], "No, bucket ownership cannot be transferred."),
     ("ok and what's the price per GB", "K", [DECLINE], "The e-book doesn't give a price; it says to check the AWS website.", D)],
    # bd29 event switching
    [("what did builders day say about lambda's max run time?", "B", [r"\b5\s*min|five min"], "5 minutes."),
     ("how does the ebook say it's billed", "K", [r"100\s*m(illi)?s"], "Per request, plus execution time charged per 100 milliseconds."),
     ("which languages does the book list", "K", [r"node", r"python"], "NodeJS, Java, C# and Python."),
     ("builders day added which ones?", "B", [r"\bgo\b|\.net"], ".NET Core 2.0 and Go.")],
    # bd30
    [("what's dtcc's exit strategy approach at reinvent", "R", [r"dms|snowball|divorce"], "Data migration services in and out (DMS, Snowball); being able to 'divorce' the vendor."),
     ("when do they test dr", "R", [r"thursday"], "During production time on Thursday afternoon."),
     ("how long has the company existed", "R", [r"\b40\b"], "About 40 years.")],
    # bd31
    [("who spoke for sainsbury's in the london keynote", "S", [r"phil\s+jordan|moriaty"], "Group CIO Phil Jordan and Group Digital Officer Clodagh Moriaty."),
     ("what did they talk about", "S", [r"nectar|machine\s+learning|deliver"], "Improving online experiences, integrating brands like Nectar, and ML to re-plan retail space and plan online deliveries."),
     ("and the other customer?", "S", [r"micro-?\s?service"], "Ministry of Justice CDIO Tom Read, on moving to a microservice-based architecture.")],
    # bd32
    [("how does cloudfront caching work in the ebook", "K", [r"origin"], "Content is cached at edge locations only after it's first requested; the first request goes to the origin."),
     ("what if hardly anyone uses an edge location", "K", [r"remove|re-?\s?route"], "Remove those edge locations and re-route the users, e.g. to European edge locations."),
     ("how do i push an updated file", "K", [r"invalidat|different name"], "Re-upload it with a different name or invalidate it in the cache (which costs).")],
    # bd33
    [("what load balancers does aws have (awsome day)", "A", [r"classic", r"network"], "Classic, Application (ALB) and Network (NLB)."),
     ("which one works at ip level", "A", [r"network|nlb"], "The Network Load Balancer."),
     ("whats stickiness", "A", [r"same\s+(user|server)"], "If the server is still up, the load balancer keeps sending the same user to the same server.")],
    # bd34 decline first
    [("who presented the media intelligence session at reinvent", "R", [DECLINE], "The notes don't name the presenter.", D),
     ("which company was the case study", "R", [r"national\s+geographic"], "National Geographic."),
     ("how long did training take before and after", "R", [r"30\s*days", r"8\s*hours"], "About 30 days down to 8 hours with GPU and FPGA instances.")],
    # bd35 event switch
    [("what's kinesis according to adrian at builders day", "B", [r"shard|stream"], "A service to shard stream data - adding lanes to a motorway."),
     ("any case study?", "B", [r"supercell"], "Supercell (Clash of Clans)."),
     ("how much data", "B", [r"45\s+million"], "45 million pieces of data per day."),
     ("how long does the ebook say kinesis keeps data", "K", [r"24\s*hours"], "24 hours by default, up to 7 days.")],
    # bd36
    [("how does drax use data (summit)", "S", [r"data\s+lake"], "Data is pumped into a data lake for ETL, warehousing, reporting and data-science analytics."),
     ("what do they look for", "S", [r"anomal"], "Anomalies - deviations from an established time series."),
     ("what might that detect?", "S", [r"tenant"], "Changes in tenants, surfaced to operations teams.")],
    # bd37
    [("what did autoscout24 run before aws", "R", [r"2,?000|oracle|vmware"], "2000 servers in 2 data centres, Oracle, ASP.NET, VMware."),
     ("what did they move to", "R", [r"linux|jvm|micro"], "Linux/JVM, microservices, AWS and DevOps."),
     ("did they keep a staging env?", "R", [r"no staging|production"], "No staging environment - they integrate in production.")],
    # bd38
    [("ec2 purchase options per the ebook", "K", [r"on-?\s?demand", r"spot"], "On-demand, reserved and spot."),
     ("which is cheapest", "K", [r"spot"], "Spot."),
     ("what's the catch", "K", [r"lose|bid"], "You lose the instance as soon as the price rises above your bid.")],
    # bd39
    [("whats gremlin (awsome day)", "A", [r"failure as a service|chaos\s+monkey"], "A 'failure as a service' company from the Netflix people who made Chaos Monkey."),
     ("did it come up in london too?", "S", [r"destruction as a service"], "Yes - listed as 'Destruction as a service!' in Adrian's chaos tools."),
     ("what else was on that list", "S", [r"simian|toxi\s?proxy|pumba|thundra"], "Simian Army, Chaos Toolkit, ToxiProxy, Kube-Money, Pumba, Thundra.")],
    # bd40
    [("how do you set up ci/cd for serverless per ian massingham", "B", [r"codebuild", r"codedeploy|cloud\s?formation"], "CodeCommit/GitHub for source, CodeBuild (buildspec.yaml) to build, CloudFormation for infrastructure, CodeDeploy to deploy."),
     ("what ties it all together", "B", [r"codestar"], "AWS CodeStar."),
     ("where do unit tests go", "B", [r"buildspec|codebuild"], "In CodeBuild, via the buildspec.yaml file."),
     ("does it support bitbucket?", "B", [r"timescale|request"], "Not yet - lots of customer requests but no firm timescale.")],
]


def main():
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for i, conv in enumerate(DL, 1):
            turns = []
            for t in conv:
                user, dk, mc, ans = t[:4]
                turn = {"user": user, "must_contain": mc,
                        "doc": DOCS[dk] if dk else None, "answer": ans}
                if len(t) > 4 and t[4] == D:
                    turn["expect"] = "decline"
                turns.append(turn)
            f.write(json.dumps({"id": f"bd{i:02d}", "turns": turns},
                               ensure_ascii=False) + "\n")
    print(len(DL), "dialogues")


if __name__ == "__main__":
    main()
