"""A note written for these tests, and questions whose sources are known."""

from __future__ import annotations

# Sorts before every corpus file, so indexing it renumbers every existing passage.
NEW_NOTE_NAME = "agile-cloud-day-leeds-2020.txt"
NEW_NOTE = """\
Agile Cloud Day Notes

Thursday 12 Mar 2020 at 18:00

These are my rough notes from Agile Cloud Day held at the Royal Armouries in Leeds \
on 12th March 2020.

Logging at scale - Priya Raman - @priyalogs

  • Priya explains that Grafana Loki indexes log streams by their labels and never \
indexes the log text itself.
  • Loki compresses log lines into chunks and keeps the chunks in object storage such as Amazon S3.
  • Priya says that a label with thousands of values makes Loki slow, so keep labels \
few and bounded.
"""
NEW_QUESTION = "What does Grafana Loki index log streams by?"

# Questions the corpus answers; their first cited file must not change with a new note.
STEADY = (
    "How many AWS regions were there at AWSome Day?",
    "Who delivered the opening keynote at AWSome Day Manchester 2018?",
    "Which company offering failure as a service did the Chaos Monkey people found?",
    "What did Amazon release as a more standard alternative to SQS at AWSome Day?",
)
CONVERSATION = ("Who talked about chaos engineering at the Summit?", "where was that?")
