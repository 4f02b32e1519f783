from common import CONF, write_jsonl
I = []
def i(text, intent, **slots):
    s = {}
    for k, v in slots.items():
        s[k] = CONF[v] if k == 'conference' else v
    I.append({'text': text, 'intent': intent, 'slots': s})

A='ask_question'
i("whats the lambda concurrency limit", A, topic="lambda concurrency limit")
i("how many regions does aws have per the awsome day notes", A, conference='A', topic="number of aws regions")
i("aurora vs mysql speed in the book?", A, conference='B', topic="aurora vs mysql performance")
i("sqs max msg size", A, topic="sqs message size")
i("did adrian say anything about bulkheads", A, speaker="Adrian Hornsby", topic="bulkheads")
i("wat port does rds mysql use", A, topic="rds mysql port")
i("how much was cloud9 at builders day", A, conference='D', topic="cloud9 price")
i("reinvent - how many tables can a dms replication instance handle", A, conference='R', topic="dms tables per replication instance")
i("kinesis shard read/write limits?", A, topic="kinesis shard throughput")
i("is cross region vpc peering allowed", A, topic="cross region vpc peering")
i("how many ppl went to the london summit lol", A, conference='S', topic="summit attendance")
i("what did paul maddox say about bitbucket", A, speaker="Paul Maddox", topic="bitbucket support")
i("hey quick one - whats the difference between nacls and security groups", A, topic="nacl vs security group")
i("s3 durability eleven nines?", A, topic="s3 durability")
i("explain rpo and rto", A, topic="rpo and rto")
i("ok so like, when u restore an ebs volume from a snapshot is it slow or what", A, topic="ebs snapshot restore performance")
i("step functions max duration", A, topic="step functions state duration")
i("what did werner say about encryption", A, speaker="Werner Vogels", topic="encryption")
i("why use groups in iam", A, topic="iam groups")
i("ec2 soft limit?", A, topic="ec2 instance soft limit")
i("which company makes clash of clans and what do they use kinesis for", A, topic="supercell kinesis")
i("netflix how many regions active", A, topic="netflix active regions")
i("glacier retrieval time", A, topic="glacier retrieval time")
i("whats a bastion host", A, topic="bastion host")
i("in the chaos talk what tool is for docker", A, topic="chaos tool for docker")
i("tom woodyer said what about tags?", A, speaker="Tom Woodyer", topic="tags")
i("how fast do dynamodb global tables replicate", A, topic="dynamodb global tables replication")
i("transit gateway limit", A, topic="transit gateway connections")
i("long polling vs short polling whats cheaper", A, topic="long vs short polling cost")
i("at awsome day what was the first aws service", A, conference='A', topic="first aws service")
i("how many alexa skills r there", A, topic="number of alexa skills")
i("whats the yahoo latency stat from the summit", A, conference='S', topic="yahoo latency stat")
i("can lex start a convo", A, topic="lex starting a chat")
i("Wie viele Regionen hat AWS?", A, topic="number of aws regions")
i("how does werner map availability to azs", A, speaker="Werner Vogels", topic="availability and azs")

L='list_talks'
i("what talks were at builders day", L, conference='D')
i("list sessions from reinvent", L, conference='R')
i("which sessions did adrian hornsby give", L, speaker="Adrian Hornsby")
i("which talks did tom woodyer do", L, speaker="Tom Woodyer")
i("sessions at the london summit?", L, conference='S')
i("awsome day agenda", L, conference='A')
i("what sessions did paul maddox run", L, speaker="Paul Maddox")
i("talks in vegas?", L, conference='R')
i("show me all the talks", L)
i("list of talks at the manchester builders event", L, conference='D')
i("wat sesions were at awsome day", L, conference='A')
i("which talks were about serverless", L, topic="serverless")
i("any talks on chaos engineering?", L, topic="chaos engineering")
i("what other talks did adrian do", L, speaker="Adrian Hornsby")
i("list the reinvent 2017 sessions on databases", L, conference='R', topic="databases")
i("what sessions covered dynamodb", L, topic="dynamodb")
i("summit talks list plz", L, conference='S')
i("talks by ian massingham?", L, speaker="Ian Massingham")
i("what was on the programme at builders day in manchester", L, conference='D')
i("which sessions did the blogger attend at excel", L, conference='S')

M='summarize_talk'
i("summarise Serverless Architectural Patterns", M, talk="Serverless Architectural Patterns")
i("gist of creating resilience through destruction", M, talk="Creating resilience through destruction")
i("tldr of the step functions talk", M, topic="step functions")
i("sum up werner's keynote", M, speaker="Werner Vogels")
i("main takeaways of AWS networking fundamentals", M, talk="AWS networking fundamentals")
i("summarize the awsome day", M, conference='A')
i("can u give me a recap of the london summit", M, conference='S')
i("what was the dms session about at reinvent", M, conference='R', topic="dms")
i("key points of Measuring the Internet in Real Time", M, talk="Measuring the Internet in Real Time")
i("brief summary of the book pls", M, conference='B')
i("gist of the alexa skill talk", M, topic="alexa skill")
i("summarize Tooling Up for Efficiency: DIY Solutions @ Netflix", M, talk="Tooling Up for Efficiency: DIY Solutions @ Netflix")
i("what were the main points of ian massingham's talk", M, speaker="Ian Massingham")
i("rundown of media intelligence", M, talk="Media Intelligence")
i("overview of builders day pls", M, conference='D')
i("give me the highlights of How to Design a Multi-Region Active-Active Architecture", M, talk="How to Design a Multi-Region Active-Active Architecture")
i("summary of the RDS and DynamoDB Services session", M, talk="RDS and DynamoDB Services")
i("tl;dr of reinvent", M, conference='R')
i("short summary of the barclays talk", M, topic="barclays")
i("recap driving digital transformation using artificial intelligence", M, talk="Driving digital transformation using artificial intelligence")

P='speaker_info'
i("who is adrian hornsby", P, speaker="Adrian Hornsby")
i("who's paul maddox", P, speaker="Paul Maddox")
i("what did werner vogels present", P, speaker="Werner Vogels")
i("tell me about ric harvey", P, speaker="Ric Harvey")
i("who is tom woodyer?", P, speaker="Tom Woodyer")
i("whos ian massingham", P, speaker="Ian Massingham")
i("who was steven bryen", P, speaker="Steven Bryen")
i("what did andrew muttoni talk about", P, speaker="Andrew Muttoni")
i("who is christian deger", P, speaker="Christian Deger")
i("bjoern reinke who?", P, speaker="Bjoern Reinke")
i("who's simon wardley", P, speaker="Simon Wardley")
i("what did adrian horn present", P, speaker="Adrian Hornsby")
i("info on perry wald", P, speaker="Perry Wald")
i("who is ken jackson", P, speaker="Ken Jackson")
i("tell me about the speaker torsten kablitz", P, speaker="Torsten Kablitz")
i("what did tom adamski cover", P, speaker="Tom Adamski")
i("who's werner", P, speaker="Werner Vogels")
i("paul maddox bio?", P, speaker="Paul Maddox")

C='list_conferences'
for tx in ["which confs do you have", "what conferences are in your notes", "list events", "what events do u know about",
           "which conferences can I ask about?", "what's in your corpus", "which aws events did you cover",
           "show me the conference list", "what docs do you have", "conferences?", "what sources have you got",
           "quels événements avez-vous ?", "list all the conferences and the book too", "what notes are loaded",
           "which events have notes"]:
    i(tx, C)
for tx in ["hi", "hello there", "hey", "yo", "good morning", "hola", "bonjour", "hallo", "hiya!", "sup",
           "hey bot", "good evening :)", "buongiorno", "howdy", "hi there, anyone home?"]:
    i(tx, 'greeting')
for tx in ["what can u do", "help", "how do i use this", "what kind of questions can i ask", "?", "what are you for",
           "commands?", "how does this work", "can you help me", "i'm lost", "instructions pls",
           "what are your capabilities", "hilfe", "ayuda por favor"]:
    i(tx, 'help')
for tx in ["bye", "cya", "goodbye", "see ya later", "adios", "tschüss", "au revoir", "that's all for now, bye",
           "gotta go", "ttyl", "later!", "bye bye", "sayonara", "good night"]:
    i(tx, 'goodbye')
for tx in ["start over", "reset", "clear the chat", "new conversation", "forget everything", "let's start again",
           "restart", "wipe context", "new topic pls, forget the previous stuff", "reset the session", "clear history",
           "begin again", "scratch that, start fresh"]:
    i(tx, 'reset')
for tx in ["thanks", "thx", "ty", "cheers", "thank you so much", "merci", "danke", "great, thanks!", "appreciate it",
           "thanks a lot mate", "gracias", "ta", "much appreciated", "nice one thanks"]:
    i(tx, 'thanks')
for tx in ["translate this to french", "write me a python script to list s3 buckets", "book me a flight to vegas",
           "send an email to my boss", "whats the weather in manchester", "tell me a joke", "what's amazon stock price",
           "set a reminder for 5pm", "order a pizza", "who won the football last night", "write a poem about clouds",
           "create an ec2 instance for me", "can you deploy my lambda", "what's the capital of france",
           "play some music", "convert 100 usd to gbp", "draft a linkedin post about the summit", "call my mum",
           "recommend a good laptop", "how do i cook pasta", "generate terraform for a vpc", "übersetze das bitte ins englische"]:
    i(tx, 'out_of_scope')

rows = [dict(id='hi%03d' % k, **x) for k, x in enumerate(I, 1)]
write_jsonl('intents.jsonl', rows)
import collections; print(len(rows), collections.Counter(r['intent'] for r in rows))
