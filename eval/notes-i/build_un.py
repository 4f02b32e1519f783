#!/usr/bin/env python3
"""Regenerates unanswerable.jsonl from the hand-written items below.

Each item: (category, question, why_unanswerable, present greps, absent greps)
present: regexes that DO hit the corpus (the subject is there);
absent: regexes that hit NO corpus file (the asked detail is missing).
All greps are applied with re.I.
"""
import json, os

ITEMS = [
# ---- PG North Summit 2022
("near_miss", "what rooom was the vacuum talk in at pg north",
 "The PG North notes name the talk and speaker but never a room (single track, no rooms mentioned).",
 [r"Vacuum is not your enemy"], [r"room \d+\b(?!:)", r"auditorium"]),
("cancelled", "what did sergei volkov recommend for pgbouncer pool sizes",
 "Sergei Volkov's connection pooling talk was cancelled; the notes contain nothing from it.",
 [r"Sergei Volkov", r"CANCELLED"], [r"pool.size", r"default_pool"]),
("non_speaker", "what was pekka's talk at pg north about",
 "Pekka is only mentioned as the organiser who announced the cancellation; he gave no talk.",
 [r"organiser \(Pekka\)"], [r"Pekka (talked|presented|gave|spoke)"]),
# ---- Rust meetup
("non_speaker", "what did mareike present at the rust meetup",
 "Mareike is the organiser who asked a question in the Q&A; she did not present.",
 [r"Mareike \(the organiser"], [r"Mareike (talked|presented|gave|spoke)"]),
("near_miss", "how much did the whole garden sensor project cost in total",
 "Only the board price (around four euros) and a 'tiny budget' are mentioned, no total project cost.",
 [r"Budget was tiny"], [r"total (cost|budget)", r"cost (us|them) (\d|about|around)"]),
("near_miss", "which rust version did lukas say async fn in traits will land in",
 "He only said stabilisation was expected 'sometime this year'; no version number is given.",
 [r"sometime this year"], [r"Rust 1\.\d\d"]),
# ---- OpsHarbor 2021
("near_miss", "what did arjen kok say about sidecars in the service mesh talk",
 "The note-taker skipped the service mesh talk; its content is not in the notes.",
 [r"Service mesh myths \(skipped\)"], [r"sidecar", r"Istio|Linkerd"]),
("non_speaker", "what was henk smit's session at opsharbor",
 "Henk Smit was only quoted by the keynote speaker and was not at the event.",
 [r"Henk was not here"], [r"Henk Smit.{0,30}(session|speaker:)"]),
# ---- Northwind Data Fest
("cancelled", "what were the main points of the data mesh in practice talk",
 "Data mesh in practice (Yvonne Bertrand) was cancelled; the slot became an extended Q&A.",
 [r"CANCELLED Data mesh in practice"], [r"domain ownership", r"data as a product"]),
("near_miss", "how much was a tiket for northwind data fest",
 "No ticket price is mentioned in the Northwind notes.",
 [r"Northwind Data Fest"], [r"DKK|kroner|€"]),
# ---- Frontend Forum Utrecht
("non_speaker", "what was bram de wits talk about",
 "Bram de Wit wrote the notes; he did not give a talk.",
 [r"Bram de Wit"], [r"Speaker: Bram", r"by Bram de Wit"]),
("near_miss", "what was said about shadow dom in the web components talk in utrecht",
 "The note-taker missed the Web Components talk because of a work call; no content recorded.",
 [r"afternoon talk on Web Components"], [r"shadow DOM", r"custom elements"]),
("near_miss", "what INP did diego's site have in milliseconds after the change",
 "Only a relative improvement (about 60% at p75) is given, not an absolute INP value.",
 [r"INP at p75 improved by about 60%"], [r"INP.{0,40}\d+ ?ms"]),
# ---- CloudGuard
("near_miss", "by how many did passkey support calls drop exactly",
 "Carla explicitly gave no number, only said the calls dropped 'sharply'.",
 [r"just said .sharply."], [r"calls? (dropped|fell|went down) by \d"]),
("non_speaker", "what did ruben present at cloudguard",
 "Ruben is a colleague who played the capture-the-flag workshop; he did not present.",
 [r"colleague Ruben"], [r"Ruben (presented|talked|gave|spoke)"]),
("near_miss", "what scanner did amara's team use for the 9 million commits",
 "The notes list recommended tools for developers but never say which tool the research scan used.",
 [r"9 million public commits"], [r"(scanned|scan) (them )?(with|using)"]),
# ---- MLOps Day Munich
("cancelled", "what did clara nowak show about evidently",
 "Clara Nowak's model monitoring talk (MLD-04) was cancelled.",
 [r"Clara Nowak couldn.t make it"], [r"Evidently (report|dashboard|test)"]),
("near_miss", "which llm did they use as the judge in the eval talk",
 "The notes say LLM-as-judge with a fixed, versioned judge model but never name the model.",
 [r"LLM-as-judge"], [r"GPT|Claude|Llama|Gemini|Mistral"]),
("near_miss", "how many a100s are in hiroshis cluster",
 "Only the number of users (~80 data scientists) and utilisation percentages are given, not the GPU count.",
 [r"~80 data scientists"], [r"\d+ (A100s|GPUs)"]),
# ---- EdgeConf workshop
("non_speaker", "what did yannick talk about at edgeconf",
 "Yannick is someone the note-taker met; he didn't speak.",
 [r"Met Yannick"], [r"Yannick (presented|talked|gave|spoke)"]),
("near_miss", "how much did the edgeconf wasm workshop cost",
 "No price or fee for the workshop is given.",
 [r"Full-day hands-on workshop"], [r"€", r"EUR ?\d", r"workshop fee"]),
# ---- Lisbon Python Evenings
("cancelled", "what did filipa say about django 4.2",
 "Filipa's Django 4.2 talk was dropped because she was stuck at work.",
 [r"Django 4\.2 was dropped"], [r"Filipa (said|showed|explained)"]),
("non_speaker", "what was ines tavares's talk at python evenings",
 "Inês Tavares was the organiser; she gave no talk.",
 [r"organiser: Inês Tavares"], [r"talk \d: .{0,60}Inês"]),
# ---- Observability Camp Ghent
("near_miss", "wich tracing backend does lotte's team use",
 "She deliberately avoided naming the vendor.",
 [r"she avoided naming the vendor"], [r"Jaeger|Honeycomb|Datadog|Grafana Tempo|New Relic|Dynatrace"]),
("non_speaker", "what did bart claes talk about at observability camp",
 "Bart Claes built the collector setup but was not on stage.",
 [r"Bart Claes built most of the collector setup"], [r"Bart Claes (presented|talked|spoke)"]),
# ---- Pixel Forge
("cancelled", "what did lina berg teach about shaders at pixel forge",
 "Lina Berg's Shaders for artists talk was cancelled (speaker sick).",
 [r"Shaders for artists"], [r"shader graph", r"node-based"]),
("near_miss", "how many copies did annikas fishing game sell",
 "Only that it broke even in 3 weeks; no unit numbers were given.",
 [r"no numbers given on units"], [r"\d+ copies", r"units sold"]),
("near_miss", "what was the day 1 keynote at pixel forge",
 "The file only covers day 2; day 1 notes are in someone else's doc.",
 [r"day 1 notes are in Hugo.s doc"], [r"pixel forge.{0,60}day 1 (keynote|talk)"]),
# ---- InfraScale Europe
("non_speaker", "what did derek hall say in the storage trak",
 "Derek covered the storage track but his notes are in a separate mail; nothing about it is in this recap.",
 [r"Derek was there too and covered the storage track"], [r"Ceph", r"storage track (notes|summary):"]),
("near_miss", "what was the exact p99 service latency after moving to cilium",
 "Only a relative figure (roughly a third lower) is given, no absolute numbers.",
 [r"roughly a third lower"], [r"p99.{0,30}\d+ ?ms"]),
("cancelled", "what rpo did henrik aaltonen recommend for multi cloud dr",
 "The multi-cloud DR talk by Henrik Aaltonen was cancelled.",
 [r"Multi-cloud DR that actually works"], [r"\bRPO\b", r"\bRTO\b"]),
# ---- API Craft Copenhagen
("near_miss", "what did the closing panel at api craft conclude",
 "The closing panel is explicitly not summarised in the report.",
 [r"closing panel are not summarised"], [r"closing panel (discussed|agreed|concluded)"]),
("near_miss", "which graphql router did the retailer use",
 "The notes only say 'a router', no product name.",
 [r"composed into one supergraph via a router"], [r"Apollo|Cosmo|Hive Gateway"]),
("non_speaker", "what did nikolaj berg present in copenhagen",
 "Nikolaj Berg attended with the author and added comments; he was not a speaker.",
 [r"Nikolaj Berg"], [r"Speakers?:.{0,6}Nikolaj"]),
# ---- Gophers North
("cancelled", "what did the go and webassembly talk at gophers north cover",
 "The WebAssembly and Go talk was dropped from the schedule.",
 [r"talk on WebAssembly and Go"], [r"GOOS=wasip1|GOOS=js"]),
("near_miss", "how much are gophers north tickets",
 "Only that volunteers try to keep ticket prices low; no price given.",
 [r"keep ticket prices low"], [r"NOK", r"kr ?\d", r"€"]),
("non_speaker", "what was henrik's talk at gophers north",
 "Henrik is a volunteer the author chatted with; he didn't give a talk.",
 [r"Henrik, one of the volunteers"], [r"Henrik.{0,30}(talk on|presented on)"]),
# ---- Serverless Saturday
("near_miss", "how big was the recursive lambda bill",
 "Tobias explicitly refused to say the amount.",
 [r"a bill that I.m not going to say out loud"], [r"bill (was|came to)", r"\$ ?\d"]),
("non_speaker", "what did siobhan say about her bank's serverless setup",
 "Siobhan only asked an audience question about database connections; nothing about her bank's setup.",
 [r"Siobhan, from the floor"], [r"SIOBHAN:"]),
# ---- Responsible AI Forum
("near_miss", "which newspaper does astrid moe write for",
 "Astrid Moe only introduced herself as a journalist; no outlet named.",
 [r"Astrid Moe"], [r"Aftenposten|\bVG\b|Dagbladet|newspaper"]),
("near_miss", "which insurer does kofi asante work for",
 "Only 'a Nordic insurer' is stated.",
 [r"head of ML governance at a Nordic insurer"], [r"Gjensidige|If Skade|Storebrand|Tryg"]),
# ---- WebPerf Leeds
("cancelled", "what did @renderblocking say about css containment",
 "The CSS containment talk was a no-show.",
 [r"@renderblocking"], [r"contain: (layout|paint|strict|content)"]),
("near_miss", "whats the real name of the host marnie",
 "The host is only given as a handle, @marnie_hosts.",
 [r"@marnie_hosts"], [r"Marnie [A-Z][a-z]+"]),
("near_miss", "what is @typeandtell's actual name",
 "The notes explicitly say no real name was given.",
 [r"no real name given"], [r"typeandtell \("]),
# ---- Baltic DevCon
("cancelled", "what did marek wisniewski say about qubits",
 "The quantum computing talk was pulled on the morning of day 2.",
 [r"Quantum computing for developers"], [r"qubit"]),
("non_speaker", "what did ilze present at baltic devcon",
 "Ilze is the note-taker's architect colleague, not a speaker.",
 [r"Ilze \(architect\)"], [r"Ilze.{0,20}(talk|presented)"]),
# ---- IaC Stammtisch Zurich
("non_speaker", "what did urs talk about at the iac meetup",
 "Urs was the host from the infra guild; he did not give a talk.",
 [r"host was Urs"], [r"Urs (presented|talked|gave)"]),
("near_miss", "so is pulumi or cdk beter according to the zurich meetup",
 "Pulumi vs CDK is only a possible future meetup topic; nothing was concluded.",
 [r"Pulumi vs CDK"], [r"Pulumi (is|was) better", r"CDK (is|was) better"]),
# ---- untitled notes
("near_miss", "which meetup was the feature flags talk at",
 "The note-taker says they no longer know which meetup it was; no event or date in the file.",
 [r"no idea anymore which meetup"], [r"meetup #\d+.{0,80}flag"]),
("near_miss", "which feature flag vendor does orens company use",
 "Only 'the flag service' is mentioned; no product.",
 [r"the flag service refuses creation"], [r"LaunchDarkly|Unleash|Flagsmith|Split\.io|GrowthBook"]),
# ---- ReliabilityConf
("non_speaker", "what did @kasia_organises present at reliabilityconf",
 "@kasia_organises is thanked as an organiser; not a speaker.",
 [r"@kasia_organises and the volunteers"], [r"kasia_organises.{0,10}(talk|presented)"]),
# ---- wrong event
("wrong_event", "what did karin sundberg say about microservices at infrascale",
 "Karin Sundberg spoke at Baltic DevCon 2022, not at InfraScale Europe.",
 [r"Karin Sundberg"], [r"InfraScale.{0,2000}Karin", r"Karin.{0,2000}InfraScale"]),
("wrong_event", "what did ingrid solberg talk about at mlops day munich",
 "Ingrid Solberg's Flink talk was at Northwind Data Fest; she is not in the MLOps Day notes.",
 [r"Ingrid Solberg"], [r"MLOps Day.{0,3000}Ingrid"]),
("wrong_event", "summarise the kubecon keynote",
 "None of the notes are from KubeCon.",
 [r"keynote"], [r"KubeCon"]),
("wrong_event", "what did olga petrova say at frontend forum",
 "Olga Petrova presented FinOps at InfraScale Europe 2023, not at Frontend Forum.",
 [r"Olga Petrova"], [r"Frontend Forum.{0,3000}Olga"]),
("wrong_event", "what did lotte vermeulen present at observability camp 2023",
 "Lotte Vermeulen's talk is from Observability Camp Ghent 2022; there are no 2023 notes for that event.",
 [r"Observability Camp Ghent, 3 March 2022"], [r"Observability Camp.{0,40}2023"]),
# ---- off topic
("off_topic", "whats the weather in tampere tomorrow", "Weather forecast; not in any conference notes.", [], [r"forecast"]),
("off_topic", "write me a haiku about kubernetes", "Creative writing request, not about the notes.", [], [r"haiku"]),
("off_topic", "capital of australia?", "General knowledge, not in the notes.", [], [r"Canberra"]),
("off_topic", "how do i make a sourdough starter", "Cooking question, not in the notes.", [], [r"sourdough"]),
("off_topic", "who won the champions league in 2022", "Sports trivia, not in the notes.", [], [r"champions league"]),
("off_topic", "recomend a good laptop for coding", "Shopping advice, not in the notes.", [], [r"laptop recommendation"]),
("off_topic", "whats 17 times 23", "Arithmetic, not in the notes.", [], [r"\b391\b"]),
("off_topic", "book me a flight to copenhagen", "Travel booking, not something the notes cover.", [], [r"flight to Copenhagen"]),
("off_topic", "can you translate good morning into finnish", "Translation request, not in the notes.", [], [r"huomenta"]),
("off_topic", "tell me a joke about java developers", "Joke request, not in the notes.", [], [r"knock knock"]),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (cat, q, why, present, absent) in enumerate(ITEMS, 1):
            rec = {"id": f"nu{i:02d}", "question": q, "why_unanswerable": why,
                   "category": cat, "present": present, "absent": absent}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(ITEMS), "unanswerable items written")


if __name__ == "__main__":
    main()
