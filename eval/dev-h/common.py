import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, '..', 'src-corpus')
DOCS = {
    'A': 'awsome-day-manchester-2018.txt',
    'S': 'aws-summit-london-2019.txt',
    'B': 'aws-book-netshock.txt',
    'D': 'aws-builders-day-manchester-2018.txt',
    'R': 'aws-reinvent-2017.txt',
}
CONF = {
    'A': 'AWSome Day Manchester 2018',
    'S': 'AWS Summit London 2019',
    'B': 'AWS book (netshock)',
    'D': 'AWS Builders Day Manchester 2018',
    'R': 'AWS re:Invent 2017',
}
DECLINE_RX = r"(don.t|do not|doesn.t|not|no) .*(notes|cover|mention|say|know)|couldn.t find|no information"

def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
