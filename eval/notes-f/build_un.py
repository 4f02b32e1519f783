"""Regenerates unanswerable.jsonl. present: regexes that must hit some corpus file
(the subject IS in the notes); absent: regexes that must hit no corpus file (the asked
detail is NOT). Both are used with re.I | re.M on each file's text."""
import json, os

NM, NS, OT = "near_miss", "not_a_speaker", "off_topic"
U = [
 # --- near misses: subject present, asked detail absent
 ("what autovacuum_vacuum_cost_delay did fjordbank use", "Only the cost limit (2000), scale factor and worker count are noted; no cost_delay value.", NM, ["Kowalczyk", "cost_limit"], ["cost_delay"]),
 ("how many attendees were at pgconf nordic 2023", "The pgconf notes give no attendance figure.", NM, ["PGConf Nordic"], ["attendee", r"PGConf.{0,60}people"]),
 ("what was the sponsor talk about at pgconf nordic", "The author skipped the sponsor talk; its topic isn't recorded.", NM, ["Skipped the sponsor talk"], [r"sponsor talk (was|about|on)"]),
 ("who spoke on day 2 of pgconf nordic", "Only day 1 is covered.", NM, ["PGConf Nordic 2023 – day 1"], [r"PGConf Nordic 2023 – day 2"]),
 ("what were kleidermarkt's INP numbers before and after", "INP thresholds and the Partytown fix are noted, but no Kleidermarkt INP values.", NM, ["Interaction to Next Paint"], [r"INP (went|dropped|improved|from)"]),
 ("what was parcelwise's passkey adoption after six months", "Only the first three months (23%) are given.", NM, ["first three months"], [r"passkey.{0,60}(six|6) months"]),
 ("how many of the 312 leaked creds were github tokens", "Only 'mostly cloud access keys and npm tokens' is said; no GitHub breakdown.", NM, ["312 valid credentials"], ["GitHub token", r"\bPATs?\b"]),
 ("what's the exact date of the next berlin appsec meetup", "Only 'May, topic TBA' is known.", NM, ["Next meetup: May"], [r"next meetup.{0,20}\d"]),
 ("what were marco bianchi's findings in the streaming sql shootout", "The author skipped DS311 and took no notes on it.", NM, ["Streaming SQL Shootout"], [r"### DS311"]),
 ("how many people came to datastream summit 2024", "No attendance figure in the notes.", NM, ["DataStream Summit 2024"], [r"DataStream.{0,60}(people|attendees)"]),
 ("which rest catalog product does kairo analytics use for iceberg", "Only 'a REST catalog' is said, no product.", NM, ["REST catalog"], [r"Polaris|Nessie|\bGlue\b|Unity Catalog"]),
 ("what game engine is paper fists built in", "No engine is named.", NM, ["Paper Fists"], [r"\bUnity\b", "Unreal", "Godot"]),
 ("what platforms is moss lantern out on", "Moss Lantern is only named as a game Freya worked on.", NM, ["Moss Lantern"], [r"Moss Lantern.{0,40}(Switch|PC|PlayStation|Xbox|Steam)"]),
 ("whats the name of hollowbyte's dungeon game", "The game isn't named, only the studio.", NM, ["Hollowbyte"], [r"Hollowbyte's game", "game called"]),
 ("how much does a zoom h5 recorder cost", "No price is given.", NM, ["Zoom H5"], [r"H5.{0,30}(\$|€|£)"]),
 ("which jaws version did marcus greene recommend", "JAWS is mentioned only as mattering for enterprise, no version.", NM, ["JAWS"], [r"JAWS \d"]),
 ("what were the morning unconference sessions at accessibility camp", "Nadia only covered the scheduled afternoon talks.", NM, ["unconference"], [r"unconference session (on|about)"]),
 ("how much is an axe devtools pro license", "Price not given; Nadia will write a proposal.", NM, ["Axe DevTools Pro"], [r"DevTools Pro.{0,40}(\$|€|£|per seat)"]),
 ("what battery life does the tinyml keyword spotter get", "Only average power (~1.2 mW) is given, not battery life.", NM, ["1.2 mW"], ["battery life", r"\bmAh\b"]),
 ("which risc-v ip vendor did tessaract license", "Only the ISA (RV32IMC) is mentioned.", NM, ["RV32IMC"], ["SiFive", "Andes", "Codasip"]),
 ("which npu chip is in the velaro camera", "The NPU isn't named.", NM, ["NPU"], ["Hailo", "Ambarella", "Myriad"]),
 ("how much was a ticket to typed functional days", "No price info.", NM, ["Typed Functional Days"], ["ticket price", r"tickets? (cost|were)"]),
 ("what mypy version did brightwave standardise on", "No version given.", NM, ["mypy adoption"], [r"mypy \d", r"mypy v\d"]),
 ("what MASE did prophet get in the pydata lisbon workshop", "Prophet wasn't one of the models in the results table.", NM, ["MASE"], ["Prophet"]),
 ("how many people attended the pydata lisbon forecasting workshop", "No attendance number.", NM, ["PyData Lisbon"], [r"PyData.{0,60}(people|attendees|participants)", r"\d+ (people|attendees|participants) (in|at) the workshop"]),
 ("what laptop/cpu was the polars vs pandas benchmark run on", "Only 'the workshop machine'.", NM, ["workshop machine"], [r"\bM1\b", r"\bM2\b", "Ryzen", "Xeon", r"\bi7\b"]),
 ("what does tillful charge for the team tier", "Only the ARPU effect (+14%) is given, no price.", NM, ["\"Team\" tier"], [r"Team.{0,5}tier.{0,30}(\$|€|£)", "per seat"]),
 ("which paging tool does liis saar's team sync the spreadsheet to", "Only 'the paging tool'.", NM, ["paging tool"], ["PagerDuty", "Opsgenie"]),
 ("what company does annika berg work for", "No affiliation given.", NM, ["Annika Berg"], [r"Annika Berg \(", r"Annika Berg,"]),
 ("how big is loomly's weekly on-call stipend", "Only 'flat stipend per week' is mentioned, no amount.", NM, ["flat stipend"], ["stipend of", r"(€|\$)\d+ per week"]),
 ("which llm does loomly use to draft incident summaries", "The model isn't named.", NM, ["draft incident summaries"], [r"\bGPT", "Claude", "Llama", "Gemini"]),
 ("how many people attended the on-call panel", "Only 'about a third of the room' got paged; no headcount.", NM, ["About a third of the room"], [r"\d+ people in the room"]),
 ("how much does backstage cost nimbus works", "No cost info.", NM, ["Backstage"], [r"Backstage.{0,40}(price|cost|licen)"]),
 ("which admission policy controller did nikhil rao use", "Only 'a policy controller'.", NM, ["policy controller"], ["Kyverno", "Gatekeeper", r"\bOPA\b"]),
 ("what sessions were on day 2 of cloudnative expo europe", "Only day 1 is covered.", NM, ["CloudNative Expo Europe 2024"], [r"Day 2 \("]),
 ("what search engine/vector db does paperloft run", "Not named.", NM, ["Paperloft"], ["Elasticsearch", "OpenSearch", "Qdrant", "Weaviate", "pgvector", "Pinecone", "Milvus"]),
 ("what embedding model does paperloft use for dense retrieval", "Not named.", NM, ["dense alone"], ["embedding model", "text-embedding", r"\bbge\b"]),
 ("which cross-encoder model did samir use for reranking", "Only 'a cross-encoder'.", NM, ["cross-encoder"], ["ms-marco", "MiniLM", "reranker"]),
 ("which client spent 9 months on a feature store", "The client isn't named.", NM, ["a client spent 9 months"], [r"client \("]),
 ("what llm powers alpinsure's claims assistant", "The model isn't named.", NM, ["claims-assistant"], [r"\bGPT", "Claude", "Llama", "Gemini", "Mistral"]),
 ("what did the day 2 talks at mobile dev days warsaw cover", "Only day 1 of 2 is covered.", NM, ["day 1 of 2"], ["day 2 of 2"]),
 ("which figma plugin does bloomly use to sync variables", "Only 'via a plugin'.", NM, ["synced via a plugin"], ["Tokens Studio", "Figma Tokens"]),
 ("what soil moisture sensor model did miriam use", "Not named.", NM, ["soil moisture sensors"], ["capacitive", "resistive", "SEN0193"]),
 ("which bmc vendor did erik solberg implant", "Only 'a server BMC'.", NM, ["server BMC"], ["iDRAC", r"\biLO\b", "Supermicro"]),
 ("how much does the electricity maps api cost", "It's only a TODO to look at pricing.", NM, ["Electricity Maps API pricing"], [r"Electricity Maps.{0,40}(\$|€|kr)"]),
 ("what's the name of amara nwosu's lab", "The author didn't catch the lab's name.", NM, ["didn't catch the name of the lab"], [r"Nwosu.{0,80}(Institute|Centre|Center)"]),
 # --- people who are mentioned but did not speak
 ("what talk did brendan gregg give at devopsdays tallinn", "He wasn't there; Dmitri Volkov only recommended his book.", NS, ["Brendan Gregg"], [r"Brendan Gregg (gave|presented|spoke|talked)"]),
 ("what did kate compton present at gamedev north", "She wasn't a speaker; Ash Patel credited her with the oatmeal idea.", NS, ["Kate Compton"], [r"Kate Compton (gave|presented|spoke|talked)"]),
 ("summarise michael stonebraker's talk at pgconf nordic", "Stonebraker was only quoted by Aisha Bello.", NS, ["Stonebraker"], [r"Stonebraker (gave|presented|spoke|talked)", r"Speaker:\*\* Michael"]),
 ("what did juha present at pgconf nordic", "Juha is the author's colleague who stayed in the hallway track; he didn't present.", NS, ["Juha"], [r"Juha (gave|presented|spoke)"]),
 # --- off topic
 ("whats the weather in helsinki tomorrow", "Off-topic: not about the notes.", OT, [], []),
 ("write me a python function to reverse a linked list", "Off-topic coding request.", OT, [], []),
 ("who won the 2022 world cup", "Off-topic.", OT, [], []),
 ("recommend a good pizza place in berlin", "Off-topic.", OT, [], []),
 ("what's the capital of australia", "Off-topic.", OT, [], []),
 ("translate 'thank you' into japanese", "Off-topic.", OT, [], []),
 ("how do i file my taxes in germany", "Off-topic.", OT, [], []),
 ("bitcoin price today?", "Off-topic.", OT, [], []),
 ("tell me a joke about kubernetes", "Off-topic request for a joke.", OT, [], []),
 ("best gaming laptop in 2024?", "Off-topic.", OT, [], []),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, why, cat, pres, absn) in enumerate(U, 1):
            o = {"id": f"nu{i:03d}", "question": q, "why_unanswerable": why, "category": cat}
            if pres: o["present"] = pres
            if absn: o["absent"] = absn
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(U), "unanswerable")

if __name__ == "__main__":
    main()
