# Answerable questions: (doc, question, answer, must_contain, evidence, kind)
K = "kestrel-backend-summit-2024.md"
P = "2023-11-09_pdx-frontend-meetup.txt"
FS = "mlops-days-lisbon-2024/day-1/feature-store-postmortem.md"
LE = "mlops-days-lisbon-2024/day-1/evaluating-llm-support-bots.md"
G = "mlops-days-lisbon-2024/day-2/gpu-scheduling.md"
H = "harborline-secconf-2022/build-server-crown-jewel.md"
TD = "tidewater-data-conf-2023.md"
IW = "inclusive-web-day-2024.md"
HW = "hw-meetup-notes.md"
SF = "staff-plus-forum-berlin.md"
OX = "oxbow-pyug-lightning.md"
CV = "internal/corvina-tech-talk-41.html"
NI = "nordic-infra-days-2023.org"
DH = "dataharbor-2022.rst"
GW = "recap-glasswing-ops-days.eml"
CH = "chat-exports/conf-cloudharbor.txt"
MC = "meridian-cloud-expo-2024-sessions.md"
SC = "scratch/two-talks-on-the-train.md"
BR = "brindle-labs-lunch-and-learn/2024-05-16.md"
PL = "trip-report-pagerless-2023.md"

QA = [
# --- Kestrel Backend Summit 2024
(K, "who gave the idempotency keys talk at kestrel?", "Marguerite Olsen from Fjordpay gave \"Idempotency keys are a product decision\" at Kestrel Backend Summit 2024.", [r"Marguerite Olsen"], "> Marguerite Olsen, Fjordpay", "who"),
(K, "when was kestrel backend summit", "Kestrel Backend Summit 2024 was on 18 April 2024, in Utrecht.", [r"18(th)?\s+april|april\s+18|2024-04-18"], "Utrecht, 18 April 2024.", "factoid"),
(K, "how much did p99 drop after load shedding in the go backpresure talk", "In Devraj Pillai's talk, p99 dropped from 4.2 s to 380 ms once they shed load at 80% worker pool utilisation.", [r"4\.2\s*s", r"380\s*ms"], "p99 dropped from 4.2 s to 380 ms", "numeric"),
(K, "why did hollowtree move their public api off grpc", "In 2021 Hollowtree moved the public API from gRPC to JSON over HTTP because partners couldn't cope with protobuf tooling.", [r"protobuf"], "because partners couldn't cope with protobuf tooling", "why"),
(K, "how many jobs per sec can postgres handle as a queue according to hyun-woo park", "About 12k jobs/sec on one primary, before autovacuum becomes the bottleneck.", [r"12\s*k|12,000"], "They run about 12k jobs/sec on one primary before autovacuum becomes the bottleneck.", "numeric"),
(K, "what ttl do fjordpay use for idempotncy keys", "72 hours. Keys sit in a plain Postgres table, with the response body cached next to them.", [r"72"], "with a 72 hour TTL", "numeric"),
(K, "who did the grpc talk at kestrel and how much cpu did they save", "Tobias Wren and Aiyana Castillo (Hollowtree). Going back to gRPC saved 31% CPU on the ingest path.", [r"Tobias Wren", r"Aiyana Castillo", r"31\s*%"], "Tobias Wren & Aiyana Castillo, Hollowtree", "who"),
(K, "summarize the kestrel postgres job queue talk", "Hyun-woo Park (Tallgrass): use SELECT ... FOR UPDATE SKIP LOCKED. It handles about 12k jobs/sec on one primary before autovacuum becomes the bottleneck. Partition the jobs table by day and drop old partitions instead of running DELETE. Use advisory locks for singleton jobs. Move to Kafka or Redpanda when you need fan-out or replay.", [r"SKIP LOCKED", r"partition"], "Partition the jobs table by day and drop old partitions instead of running DELETE.", "summary"),
# --- PDX frontend meetup
(P, "who talked about signals at the frontend meetup", "Rosalind Achebe from Pinemark Cartography gave \"Signals are not a silver bullet\".", [r"Rosalind Achebe"], "Speaker: Rosalind Achebe (Pinemark Cartography)", "who"),
(P, "whats the design system at sundew health called", "It's called Tendril: web components at the core, with thin React and Vue wrappers.", [r"Tendril"], "Their design system is called \"Tendril\".", "factoid"),
(P, "what % of buttons in prod are rendered by tendril", "71%, measured by a small script in the RUM beacon.", [r"71\s*%"], "measured by a tiny script in the RUM beacon. Currently 71%.", "numeric"),
(P, "what gotcha did lucia brenan hit with container queries", "If you put container-type: inline-size on a parent that is itself sized by its content, it collapses to zero width. She spent a day on that.", [r"zero width"], "content -> collapse to zero width. Spent a day on that.", "factoid"),
(P, "rule for when to use signals vs a store per rosalind", "Use signals for high-frequency UI state (cursor, viewport, hover). Use a store for anything the user would call \"data\".", [r"high-frequency", r"data"], "Rule they settled on: signals for high-frequency UI state (cursor, viewport,", "howto"),
(P, "who presented 'shipping a design system to 40 teams'", "Kenji Mori-Alvarez, the frontend platform lead at Sundew Health.", [r"Kenji Mori-Alvarez"], "Speaker: Kenji Mori-Alvarez, frontend platform lead at Sundew Health", "who"),
(P, "how many tokens did they have to rename after shipping dark theme too early", "140 tokens.", [r"140"], "rename 140 tokens.", "numeric"),
(P, "compare what the signals talk and the container queries talk each got rid of", "Signals (Rosalind Achebe): the layer panel went from about 300 re-renders per pan to basically zero. Container queries (Lucía Brennan): she deleted about 400 lines of media-query overrides on one client site.", [r"300", r"400"], "Deleted ~400 lines of media-query overrides on one client site.", "comparison"),
# --- feature store postmortem
(FS, "who gave the feature store postmortem at mlops days lisbon", "Inês Carvalho from Marés Bank (\"We built a feature store and then deleted it\").", [r"Carvalho"], "— Inês Carvalho (Marés Bank)", "who"),
(FS, "why did mares bank delete its feature store", "Nobody really owned the Redis online store. Feature definitions lived in a YAML DSL that only two people understood. 70% of features were used by exactly one model, and backfills took days.", [r"YAML", r"one model"], "70% of registered features were used by exactly one model.", "why"),
(FS, "how long does it take to add a new feature now at marés", "About 2 days, down from about 3 weeks.", [r"2 days|two days"], "Time to add a new feature: from about 3 weeks to 2 days.", "numeric"),
(FS, "which day of mlops days was the feature store talk", "Day 1, Tuesday 14 May 2024, on the main stage.", [r"14 may|may 14|2024-05-14"], "Day 1, Tue 14 May, main stage", "factoid"),
(FS, "what replaced the feature store at marés bank", "dbt models in the warehouse, with point-in-time joins from a small internal library. Online serving is kept only for the ~40 features that need sub-10 ms reads, in a managed KV store.", [r"dbt"], "Features are dbt models in the warehouse", "factoid"),
(FS, "infra cost reduction after migrating off the feature store?", "Infra cost went down by roughly 55%.", [r"55\s*%"], "Infra cost down roughly 55% after the migration.", "numeric"),
(FS, "would ines recomend a vendor feature store", "Only if you have more than one model that needs the same real-time feature.", [r"real-time feature"], "Only if you have more than one model that needs the same real-time feature.", "factoid"),
(FS, "how are streaming features handled at mares bank", "They compute them in Flink and write straight to the KV store, with no registry involved.", [r"Flink"], "they compute those in Flink and write straight to the KV store, no registry involved.", "factoid"),
# --- LLM eval
(LE, "who talked about evaluating llm support bots", "Oluwaseun (Seun) Adeyemi of Kolapo AI.", [r"Adeyemi"], "by Oluwaseun Adeyemi (@seun_evals) — Kolapo AI", "who"),
(LE, "how often did the llm judge prefer the longer answer", "68% of the time, when both answers were equally correct.", [r"68\s*%"], "the judge preferred the longer of two equally correct answers 68% of the time", "numeric"),
(LE, "what room was the llm support bot eval talk in and when", "Room Tejo, afternoon slot on 14.05.2024 (14 May 2024).", [r"Tejo", r"14[./ ]0?5|14 may|may 14|2024-05-14"], "14.05.2024, room Tejo, afternoon slot", "factoid"),
(LE, "why did kolapo stop using 1-10 judge scores", "The LLM judge favours longer answers. Instead they ask it for pass/fail on specific rubric items.", [r"pass/fail|pass or fail|rubric"], "they ask the judge for a pass/fail on specific rubric items, never a 1-10 score", "why"),
(LE, "which metric predicted user satisfaction best in the llm eval talk", "Retrieval metrics (recall@5 on the knowledge base). Most bad answers came from bad retrieval.", [r"recall@5|retrieval"], "Retrieval metrics (recall@5 on the knowledge base) predicted user satisfaction better than any generation metric.", "factoid"),
(LE, "how many regression test cases from prod incidents do they have", "About 340. Every production incident becomes a test case.", [r"340"], "They have about 340 of these now.", "numeric"),
(LE, "do they translate eval sets between portugese and english", "No. They keep separate eval sets that are never translated, because translated questions read unnaturally.", [r"never translated|separate"], "Separate eval sets, never translated", "factoid"),
(LE, "what tooling did seun's team use for evals", "A spreadsheet, honestly, plus a small Python harness.", [r"spreadsheet"], "a spreadsheet, honestly, plus a small Python harness", "factoid"),
# --- GPU scheduling
(G, "who presented the gpu sharing talk at mlops days", "Mateus Lobo and Hanna Virtanen of Ondaverde Research.", [r"Mateus Lobo", r"Hanna Virtanen"], "Speakers: Mateus Lobo (Ondaverde Research) and Hanna Virtanen (Ondaverde Research)", "who"),
(G, "gpu utilisation before and after at ondaverde", "It went from 31% to 78%.", [r"31\s*%", r"78\s*%"], "Utilisation up from 31% to 78%.", "numeric"),
(G, "which schedular did ondaverde use", "Kueue on Kubernetes. Volcano was also evaluated.", [r"Kueue"], "they used Kueue; Hanna said Volcano was also evaluated", "factoid"),
(G, "whats the checkpointing rule in the gpu talk", "Any job over 2 hours must checkpoint every 30 minutes. Jobs that don't checkpoint can't borrow quota.", [r"30 min"], "Mandatory checkpointing every 30 minutes for any job over 2 hours.", "howto"),
(G, "when was the gpu scheduling talk", "Wednesday 15 May 2024, day 2, in Auditório 2.", [r"15 may|may 15|2024-05-15"], "Wed 15 May 2024 · day 2 · Auditório 2", "factoid"),
(G, "did ondaverde use MIG partitioning", "They tried it for the interactive pool and dropped it because it was too fiddly for their users.", [r"fiddly"], "Tried it for the interactive pool, dropped it, too fiddly for their users.", "factoid"),
(G, "how did ondaverde handle the people side of the gpu rollout", "They held a GPU town hall before rollout and each group nominated a champion. Groups could opt out for a month; only one did, and it came back after two weeks.", [r"town hall", r"champion"], "They held a \"GPU town hall\" before rollout and let each group nominate a champion.", "summary"),
(G, "median wait for a single gpu job after the change", "4 minutes.", [r"4 min"], "Median queue wait for a single-GPU job: 4 minutes.", "numeric"),
# --- Harborline
(H, "who gave 'your build server is the crown jewel'", "Petra Nováková of Kettlewood.", [r"Petra Nov[aá]kov[aá]"], "speaker: Petra Nováková", "who"),
(H, "which event was the build server crown jewel talk at and when", "Harborline Security Conference 2022, on 2022-10-06 in Aberdeen.", [r"Harborline", r"2022-10-06|6(th)? oct|oct\w* 6"], "date: 2022-10-06", "factoid"),
(H, "how many long lived credentials did kettlewood find on old runners", "17, and 3 of them were still valid.", [r"17"], "They found 17 long-lived credentials on old runners during the cleanup, 3 of them still valid.", "numeric"),
(H, "how much slower did builds get with ephemeral runners", "About 40 seconds more per job, from VM boot.", [r"40 sec"], "Build times went *up* by about 40 seconds per job (VM boot)", "numeric"),
(H, "what slsa levle is kettlewood at", "Honestly level 2, aiming for 3.", [r"level 2"], "She said they are \"honestly at level 2, aiming for 3\"", "factoid"),
(H, "list the ci controls petra put in place", "Ephemeral runners, pinning third-party actions and images by digest/SHA, split trust tiers for runners, signing with short-lived keys, and security review of pipeline-as-code changes.", [r"ephemeral", r"digest|SHA", r"sign"], "**Ephemeral runners.** Every job gets a fresh VM, destroyed after the job.", "list"),
(H, "why does a compromised build matter so much for kettlewood specifically", "Kettlewood makes firmware for industrial pumps, so a compromised build means a compromised pump.", [r"pump"], "they make firmware for industrial pumps, so a compromised build means a compromised pump", "why"),
(H, "how long did moving to ephemral runners take", "5 weeks, for about 220 repositories.", [r"5 weeks|five weeks"], "Moving to ephemeral runners took 5 weeks for ~220 repositories.", "numeric"),
# --- Tidewater
(TD, "who gave the keynote at tidewater data conf", "Odalys Ferrer of Quillmate: \"The boring database manifesto\" (TDC-K1).", [r"Odalys Ferrer"], "Odalys Ferrer (Quillmate)", "who"),
(TD, "what was session TDC-DB3 about", "Vector search inside Postgres: pgvector vs a dedicated store, by Amara Nwosu (Lumen Atlas).", [r"pgvector"], "Vector search inside Postgres: pgvector vs a dedicated store", "factoid"),
(TD, "how long was the table locked in the brightfern migration story", "40 minutes, on a 2 billion row table, because the ORM generated a backfill.", [r"40 min"], "locked a 2 billion row table for 40 minutes", "numeric"),
(TD, "who presented zero downtime schema migrations at 30tb", "Sven Halvorsen and Priyanka Rao from Brightfern.", [r"Sven Halvorsen", r"Priyanka Rao"], "Sven Halvorsen, Priyanka Rao (Brightfern)", "who"),
(TD, "whats the name of brightferns migraiton linter", "ddl-guard (brightfern/ddl-guard), which they open-sourced.", [r"ddl-guard"], "Open-sourced as `brightfern/ddl-guard`.", "factoid"),
(TD, "why do the crdt field apps use a multi value register for safety fields", "Last writer wins is wrong for safety fields. A multi-value register forces a human to resolve the conflict.", [r"last writer wins", r"human"], "\"last writer wins\" is wrong for safety fields, so those use a multi-value register and force a human to resolve", "why"),
(TD, "when is tidewater data conference 2023", "Thursday, Sept 21, 2023, in Norfolk, VA.", [r"sept?\w* 21|21(st)? sep|2023-09-21"], "Thursday, Sept 21, 2023 · Norfolk, VA", "factoid"),
(TD, "pgvector vs dedicated store - what was amara's rule of thumb", "Under ~50M vectors, and when you filter on relational columns, stay in Postgres. The dedicated store won on build time and memory.", [r"50\s*M"], "under ~50M vectors and with filtering on relational columns, stay in Postgres", "comparison"),
# --- Inclusive Web Day
(IW, "who spoke about screen readers at inclusive web day", "Fatima-Zahra Benali of Accessa: \"Screen readers are not a monolith\".", [r"Benali"], "**Screen readers are not a monolith** — Fatima-Zahra Benali (Accessa)", "who"),
(IW, "what share of wcag failures do automated tools catch per marisol quintero", "Maybe 30-40% of WCAG failures.", [r"30"], "Automated tools (axe and friends) find maybe 30-40% of WCAG failures.", "numeric"),
(IW, "whats in marisol's 15 minute manual check", "A keyboard-only pass, zooming to 400%, a screen reader skim of headings and landmarks, and turning off CSS.", [r"keyboard", r"400\s*%", r"CSS"], "keyboard-only pass, zoom to 400%, screen reader skim of headings and landmarks, and turning off CSS", "list"),
(IW, "who did the cognitive load talk", "Chidinma Okoro and Leo Fairweather, both from Plainword Studio.", [r"Chidinma Okoro", r"Leo Fairweather"], "**Designing for cognitive load** — Chidinma Okoro and Leo Fairweather (both from Plainword Studio)", "who"),
(IW, "when was inclusive web day 2024", "2024/03/07 (7 March 2024), in Leeds and online.", [r"2024/03/07|2024-03-07|7(th)? mar|mar\w* 7"], "(2024/03/07, Leeds, online + in person)", "factoid"),
(IW, "how did gunnar make charts accesible", "A data table toggle, a text summary generated from the data, and sonification for trends. Meaning is never carried by colour alone: patterns plus direct labels replace legends.", [r"data table", r"summary"], "He showed a line chart with a data table toggle, a text summary generated from the data", "howto"),
(IW, "how do you stop live captions messing up names at events", "Send the captioning service a glossary of speaker names and product terms beforehand, and use a human captioner for the keynote.", [r"glossary"], "send the captioning service a glossary of speaker names and product terms beforehand", "howto"),
(IW, "by how much did the benefits form completion time drop", "It dropped by a third, mostly by removing questions.", [r"third"], "cut the completion time by a third mostly by removing questions", "numeric"),
# --- Embedded Night Eindhoven
(HW, "who talked about brownouts at embedded night", "Anouk de Vries from Solderbyte (\"Brownouts, bootloops and a very expensive oscilloscope\").", [r"Anouk de Vries"], "First up was Anouk de Vries from Solderbyte", "who"),
(HW, "what caused the solderbyte sensor reboots", "When the LoRa radio transmitted, the supply voltage dipped below the MCU's brownout threshold. This only happened when the battery was cold (below about 5 °C), because its internal resistance goes up.", [r"brownout", r"cold"], "when the LoRa radio transmitted, the supply voltage dipped just under the brownout threshold of the MCU", "why"),
(HW, "when was embedded night eindhoven 12", "The 12th of October 2023.", [r"12(th)? (of )?oct|oct\w* 12|2023-10-12"], "Embedded Night Eindhoven #12 on the 12th of October 2023", "factoid"),
(HW, "rust on cortex m0 - how big was the first build vs the flash", "The first build was 41 KB, but the chip has only 32 KB flash. They shrank it with opt-level \"z\", LTO and by removing formatting code.", [r"41\s*KB", r"32\s*KB"], "The M0 part has 32 KB flash and the first build was 41 KB", "numeric"),
(HW, "who gave the rust on cortex-m0 talk", "Rahul Deshmukh of Velomotion.", [r"Rahul Deshmukh"], "Next up was Rahul Deshmukh (Velomotion)", "who"),
(HW, "emc pcb checklist from greta", "An unbroken ground plane under every high-speed signal, short return paths, no signals routed across splits, the crystal close to the MCU with a ground guard, and a filter on every cable that leaves the box.", [r"ground plane", r"cable"], "a solid unbroken ground plane under every high-speed signal", "list"),
(HW, "cost of emc pre complience scans per photonwise", "Around €1,500 a day at a local lab.", [r"1[,.]?500"], "pre-compliance scans at a local lab cost them around €1,500 a day", "numeric"),
(HW, "why did photonwise fail their first emc test", "A ribbon cable to the display, failing at 300 MHz.", [r"ribbon cable"], "failed their first EMC pre-compliance test at 300 MHz because of a ribbon cable to the display", "why"),
# --- Staff+ Forum Berlin
(SF, "who moderated the staff engineer panel in berlin", "Ifeoma Nnaji, engineering director at Tallowfield.", [r"Ifeoma Nnaji"], "Moderator: **Ifeoma Nnaji** (engineering director, Tallowfield)", "who"),
(SF, "who were the panelists on growing staff engineers without a ladder", "Carsten Vogel (Ziegelwerk Logistics), Mei-Ling Tsao (Orbitcart) and Samir Haddad (Quietbloom). Ifeoma Nnaji moderated.", [r"Carsten Vogel", r"Mei-Ling Tsao", r"Samir Haddad"], "**Carsten Vogel** — Staff Engineer, Ziegelwerk Logistics", "list"),
(SF, "what did beatriz okonkwo-lind talk about", "\"Writing is the job\": at staff level your main output is documents, not code. She covered decision logs, a \"what would change my mind\" section in design docs, writing for the reader who joins in two years, and time-boxing writing to the first 90 minutes of the day.", [r"writing is the job|documents"], "Her thesis: at staff level your main output is documents, not code.", "summary"),
(SF, "what section of a design doc halved review meetings at lumenfall", "A \"what would change my mind\" section.", [r"change my mind"], "Good design docs have a \"what would change my mind\" section.", "factoid"),
(SF, "samir's view on staff titles at small companies", "Small companies (Quietbloom has ~80 engineers) shouldn't have a staff title at all, just senior plus clearly scoped leadership responsibilities.", [r"staff title"], "small companies (Quietbloom is ~80 engineers) should not have a staff title at all", "factoid"),
(SF, "difference between sponsorship and mentorship according to the panel", "Mei-Ling Tsao: mentorship is advice, while sponsorship is putting someone's name forward for the hard project.", [r"advice", r"name forward"], "mentorship is advice, sponsorship is putting someone's name forward for the hard project", "comparison"),
(SF, "when was staff+ forum berlin", "June 20, 2024, at Kühlhaus, Berlin-Kreuzberg.", [r"june 20|20(th)? june|2024-06-20"], "June 20, 2024 (afternoon programme only", "factoid"),
(SF, "did the panelists agree on keeping staff engineers coding", "No. Carsten said to protect one day a week for coding; Mei-Ling said don't, because that's not the point of the role.", [r"one day a week", r"not the point"], "Carsten: protect one day a week. Mei-Ling: don't, that's not the point of the role.", "comparison"),
# --- Oxbow PyUG
(OX, "who gave the polars talk at the oxbow python lightning night", "Aisha Karimi (@aishak_data), \"Polars for pandas refugees\".", [r"Aisha Karimi"], "by Aisha Karimi (@aishak_data)", "who"),
(OX, "how long has dmitri's asyncio cron replacement been running", "14 months, on a Raspberry Pi at his partner's bakery.", [r"14 months"], "It has run for 14 months.", "numeric"),
(OX, "what did clodagh reilly talk about", "\"Teaching Python to nurses\". She runs an evening course for hospital nurses who want to automate rota spreadsheets. They start with openpyxl on the real rota file, and plain scripts worked better than Jupyter. Renaming the course \"Spreadsheet automation\" doubled enrolment.", [r"nurses"], "She runs an evening course for nurses at a regional hospital who want to automate rota spreadsheets.", "summary"),
(OX, "what happened when clodagh renamed the course", "Enrolment doubled when it was renamed \"Spreadsheet automation\".", [r"doubled"], "enrolment doubled when she renamed it \"Spreadsheet automation\"", "factoid"),
(OX, "list the lightning talks at oxbow pyug", "Property-based testing in 5 minutes; I replaced cron with a 40-line asyncio script; Polars for pandas refugees; Typing **kwargs properly; Teaching Python to nurses; A tiny ML model on a Raspberry Pi for our bird feeder.", [r"property-based", r"polars", r"bird feeder"], "### Property-based testing in 5 minutes", "list"),
(OX, "what python version do you need for typing kwargs with Unpack per ben", "Python 3.12, or typing_extensions on older versions.", [r"3\.12"], "Required Python 3.12 or typing_extensions.", "factoid"),
(OX, "how big is yusuf's bird classifier and how many species", "About 3 MB (a quantised TFLite model) on a Pi 4. It identifies 14 garden species.", [r"3\s*MB", r"14"], "a quantised image classifier (TFLite, about 3 MB) running on a Pi 4, identifies 14 garden species", "numeric"),
(OX, "at which meetup did yusuf demir talk about the bird feeder", "The Oxbow PyUG lightning night.", [r"Oxbow"], "# Oxbow PyUG — lightning night", "factoid"),
# --- Corvina Tech Talks #41
(CV, "who presented android cold start at corvina tech talk 41", "Esther Mwangi from the Mobile Platform team.", [r"Esther Mwangi"], "Esther Mwangi &middot; Mobile Platform team", "who"),
(CV, "android cold start numbers before/after", "From 3.1 s to 1.8 s (p50) on a mid-range reference device. The 2024 target is 1.2 s.", [r"3\.1", r"1\.8"], "Cold start on a mid-range reference device went from 3.1 s to 1.8 s (p50)", "numeric"),
(CV, "biggest single win for android startup time", "Making the dependency injection graph lazy, which saved about 600 ms.", [r"lazy", r"600\s*ms"], "Making most of them lazy was the single biggest win, about 600 ms.", "factoid"),
(CV, "how many feature flags did lars find", "1,137 feature flags. 612 of them had been fully rolled out for more than 90 days.", [r"1,?137"], "Lars counted 1,137 feature flags across our services in January.", "numeric"),
(CV, "when was corvina tech talk #41", "Thursday 29 February 2024 (leap day), at 16:00.", [r"29(th)? feb|feb\w* 29|2024-02-29"], "Thursday 29 February 2024", "factoid"),
(CV, "what rules did corvina introduce for feature flags", "Every flag needs an owner and an expiry date when it's created. A weekly bot opens PRs that remove expired flags. Release flags are kept separate from ops flags/kill switches.", [r"expiry", r"owner"], "Each flag now needs an owner and an expiry date when it is created.", "list"),
(CV, "what got the flag cleanup funded", "Last November's incident: an ancient flag was flipped by accident during a config migration and re-enabled the old checkout flow for an hour.", [r"checkout"], "re-enabled the old checkout flow for an hour", "why"),
(CV, "did the lazy di change cause crashes", "Two crashes, from objects that were quietly expected to be created early (a crash reporter and a locale setup). There's a lint rule for it now.", [r"crash reporter|locale"], "a crash reporter and a locale setup", "factoid"),
# --- Nordic Infra Days
(NI, "who gave NID-11", "Jarkko Heikkinen of Polarfox Networks: \"eBPF for people who just want to see their packets\".", [r"Jarkko Heikkinen"], ":SPEAKER:  Jarkko Heikkinen (Polarfox Networks)", "who"),
(NI, "what was sigrid aalto's biggest terraform regret", "Deeply nested modules, up to 5 levels. Plans took 20+ minutes and nobody could read the diff.", [r"nest"], "Biggest regret: deeply nested modules", "factoid"),
(NI, "how much did taiga hosting save moving to baremetal", "About 60% a month on paper. After hiring two more infra people, the real saving was closer to 35%.", [r"60\s*%", r"35\s*%"], "Cost: down about 60% per month, but they hired two more infra people, so the real saving was \"closer to 35%\".", "numeric"),
(NI, "when and where was nordic infra days 2023", "2023-06-06 (day one) in Helsinki, Messukeskus hall 3.", [r"2023-06-06|6(th)? june?|june? 6", r"Helsinki"], "Helsinki, Messukeskus hall 3.", "factoid"),
(NI, "what caused the 200ms delay in the ebpf talk", "A misconfigured conntrack table on their NAT nodes.", [r"conntrack"], "caused by a misconfigured conntrack table on their NAT nodes", "why"),
(NI, "bare metal k8s stack at taiga", "kubeadm, Cilium, MetalLB for load balancers, and Rook/Ceph for storage.", [r"kubeadm", r"Cilium", r"Ceph"], "Stack: kubeadm, Cilium, MetalLB for load balancers, Rook/Ceph for storage.", "list"),
(NI, "who presented bare-metal kubernetes on a budget", "Linnea Strand and Oskari Mäkelä from Taiga Hosting.", [r"Linnea Strand", r"Oskari M[aä]kel[aä]"], ":SPEAKERS: Linnea Strand, Oskari Mäkelä (Taiga Hosting)", "who"),
(NI, "min kernel version for ebpf to not be painful", "5.8. Anything before 5.8 is painful.", [r"5\.8"], "anything before 5.8 is painful", "numeric"),
# --- DataHarbor
(DH, "who gave the data contracts keynote at dataharbor", "Magnus Eklund of Tessellate.", [r"Magnus Eklund"], "**Speaker:** Magnus Eklund, Tessellate", "who"),
(DH, "when was dataharbor conf 2022", "22.09.2022 (22 September 2022), in Gdańsk.", [r"22\.09\.2022|22(nd)? sep|sep\w* 22|2022-09-22"], ":Date: 22.09.2022", "factoid"),
(DH, "deprecation window for breaking contract changes at tessellate", "60 days, with both versions published during the window.", [r"60 days"], "Breaking changes get a deprecation window of 60 days", "numeric"),
(DH, "how much did a naive before/after overstate the discount effect at koralik", "By roughly 3x.", [r"3\s*x|three times"], "a naive before/after comparison overstated the effect by roughly 3x", "numeric"),
(DH, "what psi threshhold triggers a review at bursztyn bank", "A PSI above 0.25 on any top-10 feature triggers a review, not an automatic retrain.", [r"0\.25"], "PSI above 0.25 on any top-10 feature triggers a review", "numeric"),
(DH, "why no automatic retraining when drift is detected", "Automatic retraining on drifted data \"bakes in whatever went wrong\".", [r"bakes in"], "Automatic retraining on drifted data \"bakes in whatever went wrong\".", "why"),
(DH, "who presented monitoring model drift when labels arrive late", "Tomasz Zieliński and Agnieszka Lewandowska of Bursztyn Bank.", [r"Tomasz Zieli[nń]ski", r"Agnieszka Lewandowska"], "*Speakers*: Tomasz Zieliński and Agnieszka Lewandowska (Bursztyn Bank)", "who"),
(DH, "what causal inference tools did zofia use", "DoWhy for the causal graph and sanity checks, and plain statsmodels for the estimates. Her methods were difference-in-differences and synthetic control.", [r"DoWhy", r"statsmodels"], "Tooling: DoWhy for the causal graph and sanity checks, plain statsmodels for the estimates.", "list"),
# --- Glasswing Ops Days email
(GW, "who gave runbooks are code", "Sadia Chowdhury from Northvale Rail Systems.", [r"Sadia Chowdhury"], "\"Runbooks are code\" by Sadia Chowdhury from Northvale Rail Systems", "who"),
(GW, "what share of incidents were config changes in the 1000 postmortems talk", "41% were config changes (then code deploys 22%, capacity 14%, third parties 11%).", [r"41\s*%"], "Config changes caused 41% of incidents", "numeric"),
(GW, "which day of glasswing ops days did noor write up, what date", "Day 2: Thursday 14 March 2024, in Rotterdam.", [r"14(th)? mar|mar\w* 14|2024-03-14"], "day 2 of Glasswing Ops Days (yesterday, Thursday 14 March, in Rotterdam)", "factoid"),
(GW, "who talked about platform teams needing a PM", "Viktor Lindqvist and Paloma Reyes from Cinderpath, in a joint talk.", [r"Viktor Lindqvist", r"Paloma Reyes"], "a joint talk by Viktor Lindqvist and Paloma Reyes from Cinderpath", "who"),
(GW, "golden path adoptoin numbers at cinderpath", "Adoption went from 20% to 85% of new services.", [r"20\s*%", r"85\s*%"], "Adoption went from 20% to 85% of new services.", "numeric"),
(GW, "why is human error banned as a root cause at stillwater", "Their postmortem template bans it; you have to say what made the error easy.", [r"made the error easy"], "You have to say what made the error easy.", "why"),
(GW, "how much did mttr drop for top alerts with executable runbooks", "About 35% over a year, for the top 20 alerts.", [r"35\s*%"], "MTTR for the top 20 alerts dropped by about 35% over a year", "numeric"),
(GW, "what did emeka nwachukwu find about friday incidents", "Friday incidents weren't more frequent, but they lasted longer because fewer people were around.", [r"longer"], "incidents on Fridays were not more frequent, but they lasted longer (fewer people around)", "factoid"),
# --- Cloud Harbor Summit chat
(CH, "who gave the cloud harbor summit keynote", "Farida Yusupova, CTO at Tealstack: \"Stop handing people raw Kubernetes\".", [r"Farida Yusupova"], "\"Stop handing people raw Kubernetes\" by Farida Yusupova, she's CTO at Tealstack", "who"),
(CH, "what did zuzana horvathova talk about", "\"Who pays for the cluster? Cost allocation for shared platforms\" (Mintleaf). An admission webhook enforces team and cost-centre labels on every namespace. Idle requested CPU is charged back to whoever requested it. Shared costs are split by usage, not evenly. She uses OpenCost plus BI reports.", [r"cost allocation|who pays"], "\"Who pays for the cluster? Cost allocation for shared platforms\"", "summary"),
(CH, "how much did cpu requests drop after charging for idle cost at mintleaf", "About 30% within a month.", [r"30\s*%"], "requests dropped ~30% within a month", "numeric"),
(CH, "why did a namepsace deletion hang for 3 days", "A finalizer on a CR whose operator was gone.", [r"finali[sz]er"], "deleting a namespace hung for 3 days because of a finalizer on a CR whose operator was gone", "why"),
(CH, "when was cloud harbor summit 2023", "Wednesday, October 25th, 2023.", [r"oct\w* 25|25(th)? oct|2023-10-25"], "--- Wednesday, October 25th, 2023 ---", "factoid"),
(CH, "how does jae-min cho recommend testing operators", "envtest plus chaos: kill the operator mid-reconcile and check that nothing leaks.", [r"envtest"], "he recommended testing operators with envtest + chaos", "howto"),
(CH, "what was the escape hatch answer in the tealstack keynote", "You can eject to raw manifests, but then you own the on-call for that service.", [r"on-?call"], "you can eject to raw manifests but then you own your on-call for that service", "factoid"),
(CH, "who talked about multi-tenant operators at cloud harbour", "Jae-min Cho of Ferrous Labs: \"Writing operators that survive multi-tenancy\".", [r"Jae-?min Cho"], "\"Writing operators that survive multi-tenancy\" by Jae-min Cho (Ferrous Labs)", "who"),
# --- Meridian Cloud Expo
(MC, "what was SEC-301 at meridian cloud expo", "\"Zero trust for batch jobs\" by Oyelaran Bakare of Stratus Forge.", [r"zero trust for batch", r"Bakare"], "SEC-301 - Zero trust for batch jobs", "who"),
(MC, "how many static keys did stratus forge remove", "2,300 static keys in 9 months.", [r"2,?300"], "2,300 static keys removed in 9 months", "numeric"),
(MC, "monthly bill for camille's budget lakehosue", "Under USD 400 a month.", [r"400"], "Monthly bill under USD 400.", "numeric"),
(MC, "who presented guardrails for RAG in regulated industries", "Harriet Lowe and Ngozi Eze of Pellucid.", [r"Harriet Lowe", r"Ngozi Eze"], "— Harriet Lowe & Ngozi Eze, Pellucid", "who"),
(MC, "how much did the citation rule cut hallucinated policy numbers", "From about 6% to under 1% of answers.", [r"6\s*%", r"1\s*%"], "cut hallucinated policy numbers from ~6% to under 1% of answers", "numeric"),
(MC, "edge vs regional rendering, when did edge lose per ricardo almeida", "Edge won time-to-first-byte by ~150 ms for users far from the region. It lost whenever the page needed data from the central database, because of the long round trip.", [r"central database"], "lost whenever the page needed data from the central database", "comparison"),
(MC, "which day of meridian cloud expo 2024 are these notes from", "Day one, 5 Nov 2024. The expo ran 5-7 Nov in Singapore.", [r"5 nov|nov\w* 5|2024-11-05"], "I only attended day one (5 Nov 2024)", "factoid"),
(MC, "pellucid rag guardrails list", "Answers must cite at least one retrieved passage (otherwise the bot says it doesn't know). A PII filter runs on input and output. Per-document access control is enforced at retrieval time. Every answer is logged with its sources for 7 years.", [r"cite", r"PII", r"7 years"], "every answer is logged with its sources for 7 years because the regulator asks", "list"),
# --- scratch / train
(SC, "who gave the react re-render talk i watched on the train", "Oskar Lindgren from Tinderbox Studio.", [r"Oskar Lindgren"], "*Oskar Lindgren, Tinderbox Studio*", "who"),
(SC, "did blanket memoisation help in oskar's measurements", "No. Blanket memoisation made the initial render 8% slower and didn't change interaction latency.", [r"8\s*%"], "blanket memoisation made the initial render 8% slower and didn't change interaction latency", "numeric"),
(SC, "how do you fix context re-renders", "Split contexts by how often they update (theme vs. current user vs. live cursor position) and memoise the value object.", [r"split"], "Fix for context: split contexts by update frequency", "howto"),
(SC, "what are the four threat modelling questions from adaeze uchenna", "What are we building, what can go wrong, what are we going to do about it, and did we do a good job.", [r"what can go wrong", r"good job"], "what are we building, what can go wrong, what are we going to do about it, did we do a good job", "list"),
(SC, "how many threat model sesions in the first year at halcyon bank", "120 sessions. About a third produced at least one ticket rated high.", [r"120"], "120 sessions in the first year", "numeric"),
(SC, "who facilitates the threat modelling sessions at halcyon", "Security champions, one per team. The central team reviews only the high-risk ones.", [r"champion"], "Security champions (one per team) facilitate", "factoid"),
(SC, "what was adaeze's favourite outcome", "A product manager caught an account-takeover path in a password reset flow before any code was written.", [r"account.takeover|password reset"], "a product manager caught an account-takeover path in a password reset flow", "factoid"),
(SC, "compare the two talks i watched on the train", "Oskar Lindgren (Tinderbox Studio) covered React re-renders: most are cheap, so split contexts and don't memoise everything. Adaeze Uchenna (Halcyon Bank) covered lightweight one-hour threat modelling run by product teams. One is frontend performance, the other security process.", [r"Lindgren", r"Uchenna"], "*Adaeze Uchenna, Halcyon Bank*", "comparison"),
# --- Brindle Labs Lunch & Learn
(BR, "who presented contract testing with pact at lunch and learn", "Ewa Kowalczyk from the Payments squad.", [r"Ewa Kowalczyk"], "Presenter: Ewa Kowalczyk (Payments squad)", "who"),
(BR, "pipeline time for payments api after adopting pact", "It dropped from 40 minutes to 12.", [r"\b40\b", r"\b12\b"], "Pipeline time for the payments API dropped from 40 minutes to 12.", "numeric"),
(BR, "what % of payments e2e tets were removed", "60% of the end-to-end tests for payments.", [r"60\s*%"], "They removed 60% of the end-to-end tests for payments.", "numeric"),
(BR, "what is brctl", "The internal CLI everyone uses to spin up preview environments. Jordan Blackwood rewrote it from bash scripts into Rust.", [r"preview environments"], "the internal CLI everyone uses to spin up preview environments", "factoid"),
(BR, "startup time of brctl before and after the rust rewrite", "From about 1.2 s to 15 ms.", [r"1\.2\s*s", r"15\s*ms"], "Startup time went from ~1.2 s (bash sourcing a dozen files) to 15 ms.", "numeric"),
(BR, "why rust and not go for the cli", "Jordan said either would have been fine; he just knows Rust better. Rust also gave a single static binary, no Python-version tickets, and clap for argument parsing.", [r"rust better"], "\"honestly, either would have been fine, I just know Rust better.\"", "why"),
(BR, "pitfal people hit writing pact contracts", "Contracts that are too detailed (exact timestamps, full objects). Use matchers and assert only on what the consumer actually reads.", [r"matchers"], "Use matchers, assert only on what the consumer actually reads.", "howto"),
(BR, "which event was the pact talk at", "A Lunch & Learn session (Brindle Labs, 2024-05-16).", [r"lunch (&|and) learn"], "# Lunch & Learn", "factoid"),
# --- Pagerless
(PL, "who gave PL-07 at pagerless", "Solveig Berg of Fernwick: \"The on-call handbook nobody reads\".", [r"Solveig Berg"], "**[PL-07] The on-call handbook nobody reads** — Solveig Berg (Fernwick)", "who"),
(PL, "when was pagerless conf 2023", "Tuesday 3 October 2023, in Leeds.", [r"3(rd)? oct|oct\w* 3\b|2023-10-03"], "Last Tuesday (3 October 2023) I went to Pagerless Conf in Leeds", "factoid"),
(PL, "how did brickfield rewrite their SLOs", "In user language, e.g. \"9 out of 10 customers can pay in under a second\". Burn-rate graphs were replaced by a weekly one-paragraph reliability memo.", [r"customers"], "9 out of 10 customers can pay in under a second", "howto"),
(PL, "how many of gullwing's first 10 chaos experiements found a wrong assumption", "7 of the first 10. The most common one was timeouts longer than the caller's own timeout.", [r"\b7\b|seven"], "7 of the first 10 experiments revealed a wrong assumption", "numeric"),
(PL, "who did chaos engineering on a shoestring", "Nikos Papadakis and Tamsin Hart from Gullwing Travel.", [r"Nikos Papadakis", r"Tamsin Hart"], "**[PL-12] Chaos engineering on a shoestring** — Nikos Papadakis and Tamsin Hart (Gullwing Travel)", "who"),
(PL, "what replaced fernwick's 80 page on call handbook", "A one-page \"first 15 minutes\" card, alert-specific runbook links directly in the page, and shadow shifts before anyone goes on call alone.", [r"first 15 minutes", r"shadow"], "(a) a one-page \"first 15 minutes\" card", "list"),
(PL, "what's fernwick's on-call compensaton", "A flat fee per on-call week, plus time off in lieu after any night page. It halved on-call attrition.", [r"flat fee", r"time off"], "Fernwick pays a flat fee per on-call week plus time off in lieu after any night page", "factoid"),
(PL, "what did kwame asante present", "\"SLOs that product managers actually read\" [PL-03] (Brickfield). SLOs rewritten in user language, plus a weekly reliability memo to product leads; product managers then asked to spend error budget on experiments.", [r"SLO", r"product manager"], "**[PL-03] SLOs that product managers actually read** — Kwame Asante (Brickfield)", "summary"),
]
