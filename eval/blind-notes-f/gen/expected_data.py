# Gold metadata per corpus file (hand-written).
def T(title, code, *speakers):
    return {"title": title, "code": code, "speakers": list(speakers)}

EXPECTED = {
"kestrel-backend-summit-2024.md": dict(event="Kestrel Backend Summit 2024", date="2024-04-18", talks=[
    T("Idempotency keys are a product decision", None, "Marguerite Olsen"),
    T("Backpressure without tears: queue design in Go", None, "Devraj Pillai"),
    T("gRPC to HTTP/JSON and back again", None, "Tobias Wren", "Aiyana Castillo"),
    T("Postgres as a job queue: how far can you push it?", None, "Hyun-woo Park"),
]),
"2023-11-09_pdx-frontend-meetup.txt": dict(event="PDX Frontend Meetup", date="2023-11-09", talks=[
    T("Signals are not a silver bullet", None, "Rosalind Achebe"),
    T("Shipping a design system to 40 teams", None, "Kenji Mori-Alvarez"),
    T("Container queries in production", None, "Lucía Brennan"),
]),
"mlops-days-lisbon-2024/day-1/feature-store-postmortem.md": dict(event="MLOps Days Lisbon 2024", date="2024-05-14", talks=[
    T("We built a feature store and then deleted it", None, "Inês Carvalho"),
]),
"mlops-days-lisbon-2024/day-1/evaluating-llm-support-bots.md": dict(event="MLOps Days Lisbon 2024", date="2024-05-14", talks=[
    T("Evaluating LLM support bots without fooling yourself", None, "Oluwaseun Adeyemi"),
]),
"mlops-days-lisbon-2024/day-2/gpu-scheduling.md": dict(event="MLOps Days Lisbon 2024", date="2024-05-15", talks=[
    T("Sharing 64 GPUs between 30 researchers (and staying friends)", None, "Mateus Lobo", "Hanna Virtanen"),
]),
"harborline-secconf-2022/build-server-crown-jewel.md": dict(event="Harborline Security Conference 2022", date="2022-10-06", talks=[
    T("Your build server is the crown jewel", None, "Petra Nováková"),
]),
"tidewater-data-conf-2023.md": dict(event="Tidewater Data Conference 2023", date="2023-09-21", talks=[
    T("The boring database manifesto", "TDC-K1", "Odalys Ferrer"),
    T("Zero-downtime schema migrations at 30 TB", "TDC-DB2", "Sven Halvorsen", "Priyanka Rao"),
    T("Vector search inside Postgres: pgvector vs a dedicated store", "TDC-DB3", "Amara Nwosu"),
    T("CRDTs for offline-first field apps", "TDC-DB5", "Jonah Feldmann"),
    T("Time-series compaction strategies", "TDC-DB6", "Baptiste Roux"),
]),
"inclusive-web-day-2024.md": dict(event="Inclusive Web Day 2024", date="2024-03-07", talks=[
    T("Screen readers are not a monolith", None, "Fatima-Zahra Benali"),
    T("Accessible data visualisation", None, "Gunnar Eliasson"),
    T("Designing for cognitive load", None, "Chidinma Okoro", "Leo Fairweather"),
    T("Automated testing catches 30%. Now what?", None, "Marisol Quintero"),
    T("Captions, transcripts and the live-event problem", None, "Declan Murphy"),
]),
"hw-meetup-notes.md": dict(event="Embedded Night Eindhoven #12", date="2023-10-12", talks=[
    T("Brownouts, bootloops and a very expensive oscilloscope", None, "Anouk de Vries"),
    T("Rust on a Cortex-M0: one year in", None, "Rahul Deshmukh"),
    T("Designing a PCB for EMC from day one", None, "Greta Lindqvist-Hahn"),
]),
"staff-plus-forum-berlin.md": dict(event="Staff+ Forum Berlin 2024", date="2024-06-20", talks=[
    T("Writing is the job", None, "Beatriz Okonkwo-Lind"),
    T("Growing staff engineers without a ladder", None, "Ifeoma Nnaji", "Carsten Vogel", "Mei-Ling Tsao", "Samir Haddad"),
]),
"oxbow-pyug-lightning.md": dict(event="Oxbow PyUG Lightning Night", date=None, talks=[
    T("Property-based testing in 5 minutes", None, "Wren Castellanos"),
    T("I replaced cron with a 40-line asyncio script", None, "Dmitri Sokolov"),
    T("Polars for pandas refugees", None, "Aisha Karimi"),
    T("Typing **kwargs properly", None, "Ben Achterberg"),
    T("Teaching Python to nurses", None, "Clodagh Reilly"),
    T("A tiny ML model on a Raspberry Pi for our bird feeder", None, "Yusuf Demir"),
]),
"internal/corvina-tech-talk-41.html": dict(event="Corvina Tech Talks #41", date="2024-02-29", talks=[
    T("How we cut Android cold start by 40%", None, "Esther Mwangi"),
    T("Feature flag debt: a cleanup story", None, "Lars Øberg"),
]),
"nordic-infra-days-2023.org": dict(event="Nordic Infra Days 2023", date="2023-06-06", talks=[
    T("Terraform at 400 modules: what we'd do differently", "NID-07", "Sigrid Aalto"),
    T("eBPF for people who just want to see their packets", "NID-11", "Jarkko Heikkinen"),
    T("Bare-metal Kubernetes on a budget", "NID-14", "Linnea Strand", "Oskari Mäkelä"),
]),
"dataharbor-2022.rst": dict(event="DataHarbor Conf 2022", date="2022-09-22", talks=[
    T("Data contracts are APIs", None, "Magnus Eklund"),
    T("Causal inference for pricing, without a PhD", None, "Zofia Wiśniewska"),
    T("Monitoring model drift when labels arrive late", None, "Tomasz Zieliński", "Agnieszka Lewandowska"),
]),
"recap-glasswing-ops-days.eml": dict(event="Glasswing Ops Days 2024", date="2024-03-14", talks=[
    T("Runbooks are code", None, "Sadia Chowdhury"),
    T("What we learned from 1,000 postmortems", None, "Emeka Nwachukwu"),
    T("Platform teams should have a product manager", None, "Viktor Lindqvist", "Paloma Reyes"),
]),
"chat-exports/conf-cloudharbor.txt": dict(event="Cloud Harbor Summit 2023", date="2023-10-25", talks=[
    T("Stop handing people raw Kubernetes", None, "Farida Yusupova"),
    T("Who pays for the cluster? Cost allocation for shared platforms", None, "Zuzana Horváthová"),
    T("Writing operators that survive multi-tenancy", None, "Jae-min Cho"),
]),
"meridian-cloud-expo-2024-sessions.md": dict(event="Meridian Cloud Expo 2024", date="2024-11-05", talks=[
    T("Zero trust for batch jobs", "SEC-301", "Oyelaran Bakare"),
    T("Lakehouse on a budget", "DATA-210", "Camille Dubois-Ng"),
    T("Guardrails for RAG in regulated industries", "AI-115", "Harriet Lowe", "Ngozi Eze"),
    T("Edge rendering: hype check", "FE-101", "Ricardo Almeida"),
    T("Closing keynote (day 1)", "KEY-2"),
]),
"scratch/two-talks-on-the-train.md": dict(event=None, date=None, talks=[
    T("Why your React app re-renders (and when you shouldn't care)", None, "Oskar Lindgren"),
    T("Threat modelling for product teams in one hour", None, "Adaeze Uchenna"),
]),
"brindle-labs-lunch-and-learn/2024-05-16.md": dict(event="Brindle Labs Lunch & Learn", date="2024-05-16", talks=[
    T("Contract testing with Pact, finally", None, "Ewa Kowalczyk"),
    T("What I learned rewriting our Rust CLI", None, "Jordan Blackwood"),
]),
"trip-report-pagerless-2023.md": dict(event="Pagerless Conf 2023", date="2023-10-03", talks=[
    T("SLOs that product managers actually read", "PL-03", "Kwame Asante"),
    T("The on-call handbook nobody reads", "PL-07", "Solveig Berg"),
    T("Chaos engineering on a shoestring", "PL-12", "Nikos Papadakis", "Tamsin Hart"),
    T("Lightning round", "PL-15"),
]),
}
