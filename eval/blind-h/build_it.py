"""Build intents.jsonl: 160 utterances over the 11 intents, with slots."""
from common import write_jsonl

T, _ = True, False
AD = 'AWSome Day Manchester 2018'
SL = 'AWS Summit London 2019'
BK = 'AWS book (netshock)'
BD = 'AWS Builders Day Manchester 2018'
RI = 'AWS re:Invent 2017'

# (text, intent, slots, typo)
IT = [
# greeting 11
("yo", 'greeting', {}, _),
("hiya", 'greeting', {}, _),
("good morning!", 'greeting', {}, _),
("hey there", 'greeting', {}, _),
("sup bot", 'greeting', {}, _),
("bonjour", 'greeting', {}, _),
("heya \U0001f44b", 'greeting', {}, _),
("mornin", 'greeting', {}, _),
("g'day mate", 'greeting', {}, _),
("hola!", 'greeting', {}, _),
("hi hi", 'greeting', {}, _),
# help 11
("how dose this work", 'help', {}, T),
("what kind of questions can i throw at you", 'help', {}, _),
("help", 'help', {}, _),
("eh? how do i use this thing", 'help', {}, _),
("any tips for asking stuff", 'help', {}, _),
("instructions pls", 'help', {}, _),
("i'm lost", 'help', {}, _),
("what are you for exactly", 'help', {}, _),
("how should i phrase questions", 'help', {}, _),
("ayuda por favor", 'help', {}, _),
("wat do i type here", 'help', {}, T),
# goodbye 11
("cya", 'goodbye', {}, _),
("laters", 'goodbye', {}, _),
("ok im off", 'goodbye', {}, _),
("bye for now", 'goodbye', {}, _),
("ciao", 'goodbye', {}, _),
("that's all for today", 'goodbye', {}, _),
("signing off", 'goodbye', {}, _),
("adios", 'goodbye', {}, _),
("catch ya latr", 'goodbye', {}, T),
("gotta run", 'goodbye', {}, _),
("night night", 'goodbye', {}, _),
# reset 11
("new topic", 'reset', {}, _),
("forgett all that", 'reset', {}, T),
("wipe the chat", 'reset', {}, _),
("clear contxt pls", 'reset', {}, T),
("lets begin again", 'reset', {}, _),
("scrap that, fresh start", 'reset', {}, _),
("reset", 'reset', {}, _),
("clean slate please", 'reset', {}, _),
("ignore everything i said before", 'reset', {}, _),
("nouvelle conversation", 'reset', {}, _),
("restart the convo", 'reset', {}, _),
# thanks 11
("cheers", 'thanks', {}, _),
("ta", 'thanks', {}, _),
("nice one, ta", 'thanks', {}, _),
("much apreciated", 'thanks', {}, T),
("merci", 'thanks', {}, _),
("gracias!", 'thanks', {}, _),
("legend, cheers", 'thanks', {}, _),
("thx", 'thanks', {}, _),
("that's helpful, thanks!", 'thanks', {}, _),
("brillaint ta very much", 'thanks', {}, T),
("danke sch\u00f6n", 'thanks', {}, _),
# list_conferences 12
("which events have notes", 'list_conferences', {}, _),
("what confs are in here", 'list_conferences', {}, _),
("list the events", 'list_conferences', {}, _),
("which aws events did u covr", 'list_conferences', {}, T),
("what conferneces r loaded", 'list_conferences', {}, T),
("show me every event you've got notes for", 'list_conferences', {}, _),
("is it just aws stuff or other conferences too", 'list_conferences', {}, _),
("which manchester events are there", 'list_conferences', {}, _),
("events covered?", 'list_conferences', {}, _),
("is there only conference notes or a book as well", 'list_conferences', {}, _),
("quels \u00e9v\u00e9nements as-tu en m\u00e9moire", 'list_conferences', {}, _),
("list all confs plz", 'list_conferences', {}, _),
# list_talks 15
("what talks were at builders day", 'list_talks', {'conference': BD}, _),
("sesions at the london summit?", 'list_talks', {'conference': SL}, T),
("which talks did paul madox give", 'list_talks', {'speaker': 'Paul Maddox'}, T),
("adrian hornsby's sessions?", 'list_talks', {'speaker': 'Adrian Hornsby'}, _),
("reinvent session list", 'list_talks', {'conference': RI}, _),
("what sessions did tom woodyer run", 'list_talks', {'speaker': 'Tom Woodyer'}, _),
("list awsome day sessions", 'list_talks', {'conference': AD}, _),
("which talks did adrian horn do at the summit", 'list_talks', {'speaker': 'Adrian Hornsby', 'conference': SL}, _),
("every session title from vegas pls", 'list_talks', {'conference': RI}, _),
("what other talks did ian massingham give", 'list_talks', {'speaker': 'Ian Massingham'}, _),
("talks on serverless at builders day", 'list_talks', {'conference': BD, 'topic': 'serverless'}, _),
("which sessions touched on chaos engineering", 'list_talks', {'topic': 'chaos engineering'}, _),
("chapters in the book?", 'list_talks', {'conference': BK}, _),
("any dynamodb sessions at reinvent", 'list_talks', {'conference': RI, 'topic': 'dynamodb'}, _),
("which breakout talks did the blogger pick at excel", 'list_talks', {'conference': SL}, _),
# summarize_talk 15
("summarise creating resilience through destruction", 'summarize_talk', {'talk': 'Creating resilience through destruction'}, _),
("tldr serverless architectual patterns", 'summarize_talk', {'talk': 'Serverless Architectural Patterns'}, T),
("recap of the database migration session at reinvent", 'summarize_talk',
 {'talk': 'Migrate Your Databases with the AWS Database Migration Service and AWS Schema Conversion Tool', 'conference': RI}, _),
("gist of the alexa skill talk", 'summarize_talk', {'talk': 'How to build an Alexa Skill in 30 minutes'}, _),
("sum up the step functions one", 'summarize_talk', {'talk': 'Building Advanced Serverless Applications with AWS Step Functions'}, _),
("what was the networking fundamentals session about", 'summarize_talk', {'talk': 'AWS networking fundamentals'}, _),
("short version of the netflix efficiency talk?", 'summarize_talk', {'talk': 'Tooling Up for Efficiency: DIY Solutions @ Netflix'}, _),
("summary of the state of the union pls", 'summarize_talk', {'talk': 'Serverless: State of the union'}, _),
("what happened in the media intelligence session", 'summarize_talk', {'talk': 'Media Intelligence'}, _),
("brief me on the barclays trade-off talk", 'summarize_talk',
 {'talk': 'Farewell to a Trade-off: Enabling High-scale, Bank-wide Cloud Adoption by Delivering Control and Self-service through Automation and Continuous Compliance'}, _),
("recap ric harvey's keynote", 'summarize_talk', {'talk': 'Key note', 'speaker': 'Ric Harvey'}, _),
("summarise the multi-region active-active talk", 'summarize_talk', {'talk': 'How to Design a Multi-Region Active-Active Architecture'}, _),
("what was in tom's s3 storage session", 'summarize_talk', {'talk': 'Amazon Simple Storage Service (S3)', 'speaker': 'Tom Woodyer'}, _),
("global tables talk in a nutshell", 'summarize_talk', {'talk': 'Building Global Serverless Backends powered by Amazon DynamoDB Global Tables'}, _),
("resumen de la charla sobre cultura devops", 'summarize_talk',
 {'talk': 'Culture Shift: How to Move a Global Financial Services Organization to a DevOps Operating Model'}, _),
# speaker_info 15
("who is adrian hornsby", 'speaker_info', {'speaker': 'Adrian Hornsby'}, _),
("what did ian massingham present", 'speaker_info', {'speaker': 'Ian Massingham'}, _),
("who's bjoern reinke", 'speaker_info', {'speaker': 'Bjoern Reinke'}, _),
("tell me about christian deeger", 'speaker_info', {'speaker': 'Christian Deger'}, T),
("paul maddox?", 'speaker_info', {'speaker': 'Paul Maddox'}, _),
("who was tom read", 'speaker_info', {'speaker': 'Tom Read'}, _),
("what did werner talk about at reinvent", 'speaker_info', {'speaker': 'Werner Vogels', 'conference': RI}, _),
("ric harvey - who's that", 'speaker_info', {'speaker': 'Ric Harvey'}, _),
("who is andrew mutoni", 'speaker_info', {'speaker': 'Andrew Muttoni'}, T),
("what did steven bryen present in london", 'speaker_info', {'speaker': 'Steven Bryen', 'conference': SL}, _),
("info on torsten kablitz", 'speaker_info', {'speaker': 'Torsten Kablitz'}, _),
("who's maddox", 'speaker_info', {'speaker': 'Paul Maddox'}, _),
("what did woodyer present at awsome day", 'speaker_info', {'speaker': 'Tom Woodyer', 'conference': AD}, _),
("qui est werner vogels", 'speaker_info', {'speaker': 'Werner Vogels'}, _),
("who's simon wardley then", 'speaker_info', {'speaker': 'Simon Wardley'}, _),
# ask_question 30
("lamda concurrency limit?", 'ask_question', {'topic': 'lambda concurrency limit'}, T),
("how many regions did aws have at awsome day", 'ask_question', {'conference': AD, 'topic': 'number of aws regions'}, _),
("aurora vs mysql speed in the book", 'ask_question', {'conference': BK, 'topic': 'aurora vs mysql performance'}, _),
("sqs default retention", 'ask_question', {'topic': 'sqs message retention'}, _),
("how many atendees at the summit", 'ask_question', {'conference': SL, 'topic': 'attendee numbers'}, T),
("step functions max duration?", 'ask_question', {'topic': 'step functions max duration'}, _),
("who did 50m deployments in 2014", 'ask_question', {'topic': 'deployments in 2014'}, _),
("how big can an s3 object be", 'ask_question', {'topic': 's3 object size limit'}, _),
("what does cfn_nag do", 'ask_question', {'topic': 'cfn_nag'}, _),
("what did adrian say about bulkheads", 'ask_question', {'speaker': 'Adrian Hornsby', 'topic': 'bulkheads'}, _),
("rtt from las vegas to sao paulo?", 'ask_question', {'topic': 'round trip time'}, _),
("cloud9 price per dev at builders day", 'ask_question', {'conference': BD, 'topic': 'cloud9 pricing'}, _),
("how do i make a subnet private, per the ebook", 'ask_question', {'conference': BK, 'topic': 'private subnet'}, _),
("chihuahua or muffin confidence?", 'ask_question', {'topic': 'image recognition confidence'}, _),
("how many alexa skills exist", 'ask_question', {'topic': 'number of alexa skills'}, _),
("does lex do authentication", 'ask_question', {'topic': 'lex authentication'}, _),
("kinesis shard throughput in the book", 'ask_question', {'conference': BK, 'topic': 'kinesis shard throughput'}, _),
("why keep lambdas warm", 'ask_question', {'topic': 'lambda cold starts'}, _),
("how many compliance frameworks does aws have", 'ask_question', {'topic': 'compliance frameworks'}, _),
("max visiblity timeout sqs", 'ask_question', {'topic': 'sqs visibility timeout'}, T),
("drax renewables share", 'ask_question', {'topic': 'drax renewable energy share'}, _),
("what did paul maddox say about bitbucket", 'ask_question', {'speaker': 'Paul Maddox', 'topic': 'bitbucket support'}, _),
("is vpc peering transitive", 'ask_question', {'topic': 'vpc peering'}, _),
("how did thomson reuters speed up video encoding", 'ask_question', {'topic': 'video encoding'}, _),
("ebs vs instance store in the ebook", 'ask_question', {'conference': BK, 'topic': 'ebs vs instance store'}, _),
("wie viele regionen hat aws", 'ask_question', {'topic': 'number of aws regions'}, _),
("nines of availability per AZ in werner's keynote", 'ask_question', {'speaker': 'Werner Vogels', 'topic': 'availability nines'}, _),
("tom woodyer's tip for custom amis", 'ask_question', {'speaker': 'Tom Woodyer', 'topic': 'custom ami creation'}, _),
("how big is a two pizza team lol", 'ask_question', {'topic': 'two pizza teams'}, _),
("whats the growth figure from the london summit", 'ask_question', {'conference': SL, 'topic': 'aws growth'}, _),
# out_of_scope 18
("whats the wether in vegas this week", 'out_of_scope', {}, T),
("book me a flight to las vegas", 'out_of_scope', {}, _),
("write a poem about s3 buckets", 'out_of_scope', {}, _),
("who won the 2018 world cup", 'out_of_scope', {}, _),
("convert 50 usd to gbp", 'out_of_scope', {}, _),
("order a pizza to victoria warehouse", 'out_of_scope', {}, _),
("12 times 13?", 'out_of_scope', {}, _),
("fix my python bug", 'out_of_scope', {}, _),
("is bitcoin going up", 'out_of_scope', {}, _),
("reccomend a netflix show", 'out_of_scope', {}, T),
("play some music", 'out_of_scope', {}, _),
("set a reminder for 3pm", 'out_of_scope', {}, _),
("how tall is the eiffel tower", 'out_of_scope', {}, _),
("what's my aws bill this month", 'out_of_scope', {}, _),
("deploy my lambda for me", 'out_of_scope', {}, _),
("best pub near excel?", 'out_of_scope', {}, _),
("how do you say cloud in japanese", 'out_of_scope', {}, _),
("rate my cv", 'out_of_scope', {}, _),
]


def build():
    rows, typos = [], []
    for i, (text, intent, slots, typo) in enumerate(IT, 1):
        iid = 'bi%03d' % i
        rows.append({'id': iid, 'text': text, 'intent': intent, 'slots': slots})
        if typo:
            typos.append(iid)
    write_jsonl('intents.jsonl', rows)
    return typos


if __name__ == '__main__':
    t = build()
    print('intents:', len(IT), 'typos:', len(t))
