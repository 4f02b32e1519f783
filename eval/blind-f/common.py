"""Shared helpers for the blind-f generator and checker."""
import os, re, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "src-corpus"))

DOCS = {
    "AD": "awsome-day-manchester-2018.txt",
    "SL": "aws-summit-london-2019.txt",
    "BK": "aws-book-netshock.txt",
    "BD": "aws-builders-day-manchester-2018.txt",
    "RI": "aws-reinvent-2017.txt",
}

def load_docs():
    out = {}
    for f in sorted(os.listdir(CORPUS)):
        if f.endswith(".txt"):
            with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
                out[f] = fh.read()
    return out

def load_manifest():
    with open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)

def flat(text):
    return text.replace("\n", " ")

# one decline regex, used for every dialogue turn that carries "expect": "decline"
DECLINE = (r"(don['’]t|do not|doesn['’]t|does not|didn['’]t|did not|no)\b.*\b(notes?|know|cover|mention|say|state|specify|give|list|include)"
           r"|(not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t) (in|covered|mentioned|stated|specified|given|included|available|recorded)"
           r"|couldn['’]t find|can['’]t find|unable to find")

INTENTS = ["ask_question", "list_talks", "summarize_talk", "speaker_info", "list_conferences",
           "greeting", "help", "goodbye", "reset", "thanks", "out_of_scope"]

# session headings exactly as they appear in the notes (without " - Speaker - @handle")
TALKS = {
    "awsome-day-manchester-2018.txt": [
        "Key note", "Amazon Elastic Cloud Compute (EC2)", "Amazon Simple Storage Service (S3)",
        "Security, Identity & Access Management (IAM Services)", "RDS and DynamoDB Services",
        "Elasticity & Management Tools"],
    "aws-summit-london-2019.txt": [
        "Driving digital transformation using artificial intelligence", "AWS networking fundamentals",
        "Creating resilience through destruction", "How to build an Alexa Skill in 30 minutes"],
    "aws-builders-day-manchester-2018.txt": [
        "Serverless: State of the union", "Serverless Development", "Serverless Architectural Patterns",
        "Building Global Serverless Backends powered by Amazon DynamoDB Global Tables",
        "Building Advanced Serverless Applications with AWS Step Functions"],
    "aws-reinvent-2017.txt": [
        "Media Intelligence",
        "Culture Shift: How to Move a Global Financial Services Organization to a DevOps Operating Model",
        "Farewell to a Trade-off: Enabling High-scale, Bank-wide Cloud Adoption by Delivering Control and Self-service through Automation and Continuous Compliance",
        "Financial Services Chatbots Using AWS Services",
        "Migrate Your Databases with the AWS Database Migration Service and AWS Schema Conversion Tool",
        "Measuring the Internet in Real Time", "Cloud Security for Regulated Industries",
        "Managing Regulator Expectations",
        "The Enterprise Fast Lane - What Your Competition Doesn't Want You to Know about Enterprise Cloud Transformation",
        "Thursday Keynote, Werner Vogels, CTO", "How to Design a Multi-Region Active-Active Architecture",
        "AWS Marketplace - How Do I Build a Global Transit Network on AWS?",
        "Workshop on Advanced Design Patterns for Amazon DynamoDB",
        "Tooling Up for Efficiency: DIY Solutions @ Netflix",
        "Building a Photorealistic Real-Time 3D Configurator with Server-Side Renderings on AWS"],
}
