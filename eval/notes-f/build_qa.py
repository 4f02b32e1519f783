"""Regenerates qa.jsonl from the hand-written items below.
Item: (question, answer, [must_contain regexes], evidence, kind). Docs grouped by file."""
import json, os

D = {}
D["pgconf-nordic-2023/day1.md"] = [
 ("who gave the autovaccum talk at pgconf nordic", "Marta Kowalczyk, DBA team lead at Fjordbank, gave \"Vacuum Is Not Your Enemy: Tuning Autovacuum at Scale\".", ["Kowalczyk"], "**Speaker:** Marta Kowalczyk, Fjordbank (DBA team lead)", "who"),
 ("what scale factor did fjordbank set on their big tables", "0.01 per table (the default autovacuum_vacuum_scale_factor is 0.2).", [r"0\.01"], "They set it to 0.01 per table for the big ones.", "numeric"),
 ("why doesnt just adding more autovacuum workers make vacuum faster?", "Because the workers share autovacuum_vacuum_cost_limit, so you also have to raise the cost limit (Fjordbank uses 2000).", [r"cost.limit"], "the workers share `autovacuum_vacuum_cost_limit`, so more workers alone does NOT make vacuum faster", "why"),
 ("when was day 1 of pgconf nordic 2023", "Tuesday 9 May 2023, in Helsinki (Paasitorni).", [r"9 May 2023|May 9,? 2023|2023-05-09"], "Helsinki, Tue 9 May 2023.", "factoid"),
 ("how much write downtime did the pg12->pg15 upgrade via logical replication need", "Only about 4 minutes of write downtime (the switchover itself).", [r"4 min"], "upgrade a customer from PG12 to PG15 with only ~4 minutes of write downtime", "numeric"),
 ("what does logical replication NOT replicate according to henrik aalto", "Sequences and DDL are not replicated (and every table needs a primary key or replica identity).", [r"sequence", r"DDL"], "sequences are NOT replicated, DDL is NOT replicated", "list"),
 ("jsonb_ops vs jsonb_path_ops, whats the difference", "jsonb_ops (default GIN) indexes every key and value; jsonb_path_ops only supports @> containment but is roughly 30% smaller and faster for those queries.", [r"30\s?%", r"@>|containment"], "`jsonb_path_ops` only supports `@>` containment but is roughly 30% smaller and faster for those queries", "comparison"),
 ("how many partitions did payvik hit before going monthly", "1,200 partitions on one table (planning time was ~80 ms per query).", [r"1,?200"], "after hitting 1,200 partitions on one table", "numeric"),
 ("what talk did lars eriksson give at pgconf", "Partitioning War Stories.", [r"Partitioning War Stories"], "## Partitioning War Stories\n\n**Speaker:** Lars Eriksson from Payvik", "list"),
]
D["frontend/viewport-conf-2022-keynote.md"] = [
 ("who did the opening keynote at viewport 2022", "Lena Hoffmann, principal engineer at Kleidermarkt (\"The Web Is Fast Again (If You Let It Be)\").", [r"Lena Hoffmann"], "Lena Hoffmann is principal engineer at Kleidermarkt", "who"),
 ("how much did kleidermarkt's LCP improve after the islands rewrite", "LCP p75 went from 4.1 s to 1.9 s.", [r"4\.1", r"1\.9"], "LCP p75 from 4.1 s to 1.9 s", "numeric"),
 ("how much less javascript after moving to islands", "38% less JavaScript on product pages.", [r"38\s?%"], "38% less JavaScript shipped on product pages", "numeric"),
 ("what counts as a good INP", "200 ms or less at p75 (poor is above 500 ms).", [r"200 ?ms"], "Good INP = 200 ms or less at p75; poor is above 500 ms", "numeric"),
 ("how did kleidermarkt deal with the tag manager hurting INP", "They moved analytics into a web worker using Partytown.", [r"Partytown"], "They moved analytics to a web worker using Partytown.", "howto"),
 ("when n where was viewport conf 2022", "6 October 2022 (2022-10-06) in Lyon, France.", [r"Lyon", r"2022-10-06|6 Oct"], "location: Lyon, France\ndate: 2022-10-06", "factoid"),
 ("who did lena hoffmann quote to close the keynote", "Tim Berners-Lee (\"This is for everyone\").", [r"Berners-Lee"], "She closed with Tim Berners-Lee's \"This is for everyone\"", "who"),
 ("give me a summary of the viewport keynote", "The web isn't slow, bundles are; Kleidermarkt moved from a hydrate-everything React SPA to an islands architecture (38% less JS, LCP 4.1 s to 1.9 s, +6% mobile conversion), and INP is replacing FID (good = 200 ms or less), with tag manager scripts moved to a worker via Partytown.", [r"islands", r"INP"], "New: islands architecture — server-rendered HTML, only the interactive components (cart button, size picker, search) hydrate", "summary"),
 ("did conversion go up after kleidermarkt's storefront rewrite", "Yes, conversion was up 6% on mobile, though she noted other things changed too.", [r"6\s?%"], "conversion up 6% on mobile", "numeric"),
]
D["berlin-appsec-meetup-14.txt"] = [
 ("who talked about secrets leaking in CI logs", "Jonas Weber, staff security engineer at Tresorly (\"Secrets in CI Logs: The Leak You Already Have\").", [r"Jonas Weber"], "First talk was Jonas Weber, staff security engineer at Tresorly", "who"),
 ("how many valid credentials did they find in public ci logs", "312 valid credentials, mostly cloud access keys and npm tokens.", [r"312"], "found 312 valid credentials, mostly cloud access keys and npm tokens", "numeric"),
 ("passkey enrolment rate at parcelwise first 3 months?", "23% of active users enrolled a passkey (vs around 4% for TOTP 2FA).", [r"23\s?%"], "In the first three months 23% of active users enrolled a passkey", "numeric"),
 ("sum up what broke when parcelwise rolled out passkys", "Mostly account recovery (fallback to email recovery), plus confusing system dialogs on older Android devices and support confusion (\"the fingerprint password\").", [r"recovery"], "What broke: mostly account recovery.", "summary"),
 ("why did parcelwise add a 24h cooling off period", "Because lost, unsynced passkeys fall back to email recovery, the weak link attackers target; so a recovered account must wait 24 hours before changing payout details.", [r"payout", r"email"], "they added a 24-hour cooling-off period before a recovered account can change payout details", "why"),
 ("cyclonedx vs spdx?", "Emeka Obi said CycloneDX is simpler for app security use while SPDX is stronger on licensing.", [r"licens"], "CycloneDX is simpler for app security use, SPDX is stronger on licensing", "comparison"),
 ("when was berlin appsec #14", "21 March 2024, at the Tresorly office in Kreuzberg.", [r"21 March 2024"], "21 March 2024, hosted at the Tresorly office in Kreuzberg", "factoid"),
 ("what should we use instead of long lived secrets in ci", "OIDC federation with short-lived tokens (Jonas Weber's first recommendation).", [r"OIDC"], "switch to OIDC federation with short-lived tokens", "howto"),
 ("who did the sbom talk at the berlin appsec meetup", "Emeka Obi, an independent consultant (\"SBOMs Nobody Reads\").", [r"Emeka Obi"], "from Emeka Obi, an independent consultant, called \"SBOMs Nobody Reads\"", "who"),
]
D["datastream-summit-2024/agenda-and-notes.md"] = [
 ("what was session DS205", "\"Iceberg Tables in Practice\" by Yuki Tanaka (Kairo Analytics).", [r"Iceberg", r"Tanaka"], "### DS205 — Iceberg Tables in Practice\n\nYuki Tanaka (Kairo Analytics)", "factoid"),
 ("who presented dbt at 3000 models", "Claire Dubois and Tom Okafor from Shopnest analytics engineering.", [r"Dubois", r"Okafor"], "Claire Dubois and Tom Okafor, analytics engineering at Shopnest.", "who"),
 ("how long does shopnest's dbt build take now", "About 25 minutes (down from 3h10m) using state:modified+ slim CI and deferral to prod.", [r"25 min"], "Full build took 3h10m → now ~25 min with `state:modified+` slim CI and deferral to prod", "numeric"),
 ("why did ridewell move from batch to streaming", "Surge pricing: batch data was about 26 hours stale in the worst case.", [r"surge"], "Main driver was surge pricing: batch data was ~26 hours stale in the worst case", "why"),
 ("how does ridewell get exactly once into sinks", "Flink is exactly-once only inside the job, so sinks use idempotent writes keyed on (event_id, version).", [r"idempotent"], "sinks need idempotent writes. They key every write on (event_id, version).", "howto"),
 ("tldr of grace liu's data contracts talk (DS310)?", "Contracts = schema + semantics + SLA owned by the producing team, enforced in the producer's CI (breaking changes fail the PR); Finlo started with the 12 most critical event types and cut schema-change incidents from ~9 per quarter to 1; it's a social contract first.", [r"schema", r"producing|producer", r"12"], "Contracts = schema + semantics + SLA, owned by the producing team", "summary"),
 ("how much did data contracts reduce schema change incidents at finlo", "From about 9 per quarter to 1.", [r"9 per quarter"], "Incidents caused by upstream schema changes went from ~9 per quarter to 1", "numeric"),
 ("how did kairo fix the iceberg small files problem", "By running compaction (rewrite_data_files) every hour.", [r"compaction|rewrite_data_files"], "fixed by running compaction (`rewrite_data_files`) every hour", "howto"),
 ("which datastream session did the note taker skip", "DS311, \"Streaming SQL Shootout\" by Marco Bianchi (they had a vendor call).", [r"DS311|Streaming SQL Shootout"], "Went to everything except DS311 (had a call with the vendor).", "factoid"),
]
D["gamedev-north-2023/2023-09-14.md"] = [
 ("who talked about rollback netcode at gamedev north", "Kenji Mori (@kenjimori_dev), solo developer of \"Paper Fists\".", [r"Kenji Mori"], "Kenji Mori — @kenjimori_dev — solo dev of \"Paper Fists\"", "who"),
 ("how many frames of rollback does paper fists allow", "Up to 8 frames of rollback at 60 fps.", [r"8 frames"], "his game allows up to 8 frames of rollback at 60 fps", "numeric"),
 ("why no floats in rollback netcode gameplay code", "The simulation has to be deterministic, so he uses fixed point math (16.16) instead of floats.", [r"determinis", r"fixed.point"], "requirement no. 1: deterministic simulation. no floats in gameplay code! he uses fixed point math (16.16)", "why"),
 ("how can i catch desyncs before players do", "Build a \"sync test\" mode that rolls back every frame locally and compares checksums.", [r"sync.test", r"checksum"], "build a \"sync test\" mode that rolls back every frame locally and compares checksums", "howto"),
 ("how many handmade rooms in ash patel's dungeon generator", "140 hand-authored rooms; the generator only decides layout and pacing.", [r"140"], "140 hand-authored rooms + a generator that only decides layout and pacing", "numeric"),
 ("what did freya record for bone crunch sounds", "Celery.", [r"celery"], "celery for bone crunches", "factoid"),
 ("who came up with the 10000 bowls of oatmeal thing", "Ash Patel credited Kate Compton: things that are technically unique but all feel the same.", [r"Kate Compton"], "the \"10,000 bowls of oatmeal\" problem (she credited Kate Compton) — technically unique, all feel the same", "who"),
 ("what are the layers of an impact sound", "Three layers: transient, body and tail.", [r"transient", r"tail"], "layering: 3 layers per impact sound (transient, body, tail)", "list"),
 ("list the talks from gamedev north day 2", "Rollback Netcode for Indie Fighters (Kenji Mori), Procedural Dungeons That Don't Feel Procedural (Ash Patel), Sound Design on a Shoestring (Freya Lindqvist).", [r"Rollback", r"Procedural Dungeons", r"Shoestring"], "**Sound Design on a Shoestring**\nFreya Lindqvist", "list"),
]
D["emails/a11y-camp-recap.eml"] = [
 ("who gave the screen reader talk at accesibility camp", "Marcus Greene (\"Screen Readers Are Not a Checklist\").", [r"Marcus Greene"], "\"Screen Readers Are Not a Checklist\" — Marcus Greene", "who"),
 ("what share of a11y issues do automated tools catch per marcus", "Roughly 30-40% of issues, by his estimate.", [r"30.{0,3}40"], "Automated tools (axe, Lighthouse) catch roughly 30-40% of issues by his estimate.", "numeric"),
 ("which screen readers should we test with", "At least two: NVDA with Firefox/Chrome on Windows and VoiceOver with Safari on Mac/iOS; JAWS still matters for enterprise customers.", [r"NVDA", r"VoiceOver"], "NVDA + Firefox/Chrome on Windows and VoiceOver + Safari on Mac/iOS", "list"),
 ("sonification vs alt text in helen cho's study", "Blind participants identified trends correctly 85% of the time with sonification vs 60% with alt text alone.", [r"85", r"60"], "identifying trends correctly 85% of the time with sonification vs 60% with alt text alone", "comparison"),
 ("min contrast ratio for chart elements", "3:1 against the background (WCAG non-text contrast 1.4.11).", [r"3:1"], "Contrast for chart elements: 3:1 minimum against the background", "numeric"),
 ("how many of the planted issues did nadia's table find in the forms workshop", "11 of the 17 planted issues.", [r"11", r"17"], "Our table found 11 of the 17 planted issues.", "numeric"),
 ("in what order should i check a form with the keyboard", "Pedro Alves: 1) tab through everything, 2) check visible focus, 3) check labels, 4) submit empty and check errors, 5) repeat with a screen reader.", [r"focus", r"label"], "Pedro's order of checks: 1. Tab through everything, 2. check visible focus, 3. check labels", "howto"),
 ("when was a11y camp london 2023", "Saturday 11 November 2023.", [r"11 November"], "Accessibility Camp London on Saturday 11 November", "factoid"),
 ("who ran the keyboard-only forms workshop", "Pedro Alves (now at Lumen Health).", [r"Pedro Alves"], "Workshop: \"Auditing Forms with Only a Keyboard\" — Pedro Alves", "who"),
]
D["exports/edgehw-summit-2022.html"] = [
 ("who gave the tinyml talk at edgehw summit", "Dr. Ingrid Vos of Lumen Silicon (\"TinyML on a $4 Microcontroller\").", [r"Ingrid Vos"], "<i>Dr. Ingrid Vos, Lumen Silicon</i>", "who"),
 ("how big was the keyword spotting model", "58 KB, int8 quantised, at 94% accuracy.", [r"58 ?KB"], "at 94% accuracy, int8 quantised, model size 58 KB", "numeric"),
 ("quantization aware training vs post training quantization accuracy loss", "QAT lost only 0.7 points vs float32; post-training quantisation lost 3 points.", [r"0\.7", r"3 points"], "Quantisation-aware training lost only 0.7 points of accuracy vs float32; post-training quantisation lost 3 points", "comparison"),
 ("at what temperature did velaro's camera throttle", "85 °C junction temperature (NPU throttling).", [r"85"], "throttled the NPU at 85 °C junction temperature", "numeric"),
 ("how does velaro keep the camera from overheating", "They drop the ML pipeline from 30 fps to 10 fps when the enclosure is above 60 °C, use passive cooling only, and do thermal simulation early.", [r"10 fps"], "They now run the ML pipeline at 10 fps instead of 30 fps when the enclosure is above 60 °C", "howto"),
 ("why no fans in outdoor cameras", "Dust, insects and failures.", [r"dust", r"insect"], "Passive cooling only (no fans outdoors: dust, insects, failures)", "why"),
 ("why did tessaract iot move to risc-v", "Licensing cost and the ability to add custom instructions (they added two, for CRC and AES rounds).", [r"licens", r"custom instruction"], "Reasons: licensing cost and the ability to add custom instructions", "why"),
 ("how many risc-v units has tessaract shipped", "About 1.3 million units.", [r"1\.3 million"], "~1.3 million units shipped so far", "numeric"),
 ("when was edgehw summit 2022", "Thursday 2 June 2022, at the Evoluon in Eindhoven.", [r"2 June 2022", r"Eindhoven|Evoluon"], "Thursday 2 June 2022 · Evoluon · badge #4471", "factoid"),
]
D["orgnotes/tfd-2021.org"] = [
 ("who spoke on effect systems at typed functional days", "Prof. Elena Petrova (University of Tartu).", [r"Petrova"], ":SPEAKER:  Prof. Elena Petrova (University of Tartu)", "who"),
 ("what was the billing bug property based testing found", "Rounding each prorated line separately (HALF_UP) instead of rounding the total, off by one cent on ~0.3% of invoices.", [r"round", r"cent"], "rounding each prorated line separately (HALF_UP) vs rounding the total", "factoid"),
 ("what % of ledgerly invoices had the rounding bug", "About 0.3% of invoices (it had been in prod for 3 years).", [r"0\.3\s?%"], "on ~0.3% of invoices, and it had been in prod for 3 years", "numeric"),
 ("how long did mypy adoption take at brightwave", "18 months, for a 500k-line Python codebase.", [r"18 months"], "500k lines of Python, mypy adoption took 18 months", "numeric"),
 ("how did zoe adeyemi get initial type annotations", "With MonkeyType, generating annotations from runtime traces, then humans fixed them.", [r"MonkeyType"], "MonkeyType to generate initial annotations from runtime traces", "howto"),
 ("monad transformers vs algebraic effects?", "Transformer stacks make you pick the order of effects up front; algebraic effects with handlers let the caller decide.", [r"caller", r"order"], "algebraic effects + handlers let the caller decide", "comparison"),
 ("when was typed functional days 2021", "2021-11-18 (Thursday 18 November 2021); it was remote.", [r"2021-11-18"], "#+DATE: <2021-11-18 Thu>", "factoid"),
 ("what talk did daniel kim give", "Property-Based Testing Found Our Billing Bug.", [r"Property.Based Testing"], "* Property-Based Testing Found Our Billing Bug", "list"),
 ("tips for getting started with property based testing?", "Start with round-trip (encode/decode) properties, do model-based testing against a dumb in-memory model, and keep generators in one place.", [r"round.trip", r"model.based"], "1. start with round-trip properties (encode/decode) — easiest win", "list"),
]
D["pydata-lisbon-2023/forecasting-workshop.rst"] = [
 ("who ran the forecasting workshop at pydata lisbon", "Beatriz Santos and Miguel Ferreira, both at Voltia.", [r"Beatriz Santos", r"Miguel Ferreira"], ":Instructors: Beatriz Santos and Miguel Ferreira (both at Voltia, energy retail)", "who"),
 ("how much faster was polars than pandas in the workshop", "About 6x faster (11.8 s vs 1.9 s).", [r"6x", r"1\.9"], "Polars was about 6x faster on the workshop machine (11.8 s vs 1.9 s)", "numeric"),
 ("which model got the best MASE", "LightGBM (mlforecast) with MASE 0.74; best statistical model was MSTL at 0.79.", [r"LightGBM", r"0\.74"], "LightGBM (mlforecast)  0.74", "factoid"),
 ("why mase and not mape for the electricity forecasts", "MASE is scale-free so meters with very different consumption can be compared; MAPE breaks when values are near zero (night-time load).", [r"scale.free", r"zero"], "Don't use MAPE when values can be near zero (night-time load for some meters)", "why"),
 ("what baselines should you run before any ML", "Naive (last value), seasonal naive (same hour last week) and a moving average.", [r"seasonal naive", r"moving average"], "2. Seasonal naive (same hour last week)\n3. Moving average", "list"),
 ("how big was the dataset in the pydata lisbon workshop", "Hourly electricity load for 250 smart meters, about 1.2 million rows.", [r"250", r"1\.2 million"], "hourly electricity load for 250 smart meters, about 1.2 million rows", "numeric"),
 ("date of the pydata lisbon forecasting workshop?", "2023-06-24.", [r"2023-06-24"], ":Date: 2023-06-24", "factoid"),
 ("how did they cross-validate the forecasts", "Rolling origin cross-validation with 4 windows of 7 days each.", [r"rolling origin", r"4 windows|7 days"], "Cross-validation with rolling origin: 4 windows of 7 days each", "howto"),
 ("mstl vs autoarima?", "MSTL scored MASE 0.79 vs AutoARIMA 0.88, so MSTL was the better statistical model.", [r"0\.79", r"0\.88"], "MSTL was the best statistical model on our data", "comparison"),
]
D["productcraft-summit-2023.adoc"] = [
 ("who gave the keynote at productcraft", "Sarah Lindgren, VP Product at Orbitly (\"Outcomes over Output, Revisited\").", [r"Sarah Lindgren"], "*Sarah Lindgren* — VP Product, Orbitly", "who"),
 ("who moderated the product ops panel", "Julia Novak.", [r"Julia Novak"], "Moderator: Julia Novak", "who"),
 ("who was on the product ops hype or help panel", "Kwame Mensah (Seamline), Ines Duarte (Cobalto) and Robert Chang (Harbourly), moderated by Julia Novak.", [r"Mensah", r"Duarte", r"Chang"], "* Kwame Mensah — Director of Product Operations, Seamline", "list"),
 ("how much did ARPU go up when tillful added a 4th tier", "14%, with no measurable change in conversion.", [r"14\s?%"], "raised ARPU by 14% with no measurable change in conversion", "numeric"),
 ("why did tillful stop a/b testing prices", "Showing different prices to different users went badly: screenshots on Twitter and people felt cheated.", [r"cheated|screenshots"], "screenshots on Twitter, people felt cheated", "why"),
 ("when should you hire your first product ops person", "According to Kwame Mensah, when you have about 8+ PMs.", [r"8\+? PMs"], "First hire when you have ~8+ PMs.", "numeric"),
 ("what metric did each panelist pick for product ops", "Kwame: PM time spent with customers; Ines: number of decisions made faster; Robert: time from feedback to triage.", [r"customers", r"decisions made faster", r"triage"], "Kwame: PM time spent with customers; Ines: \"number of decisions made faster\"; Robert: time from feedback to triage.", "list"),
 ("when and where was productcraft summit 2023", "Thursday 2 March 2023 at The Brewery (Moorgate), London.", [r"2 March 2023"], "London, Thursday 2 March 2023, The Brewery (Moorgate).", "factoid"),
 ("how should roadmap items be written per sarah lindgren", "As problems with a target metric (e.g. reduce time-to-first-invoice from 6 days to 2), not features like \"build onboarding wizard\".", [r"metric"], "roadmap items are problems with a target metric", "howto"),
]
D["devopsdays-tallinn-2022/lightning-talks.md"] = [
 ("who did the terraform state lightning talk at devopsdays tallinn", "Kaarel Tamm (\"Terraform state surgery\").", [r"Kaarel Tamm"], "**Terraform state surgery** — Kaarel Tamm", "who"),
 ("how much did liis saar's team cut pages", "From about 40 per week to about 6 per week, by deleting alerts nobody acted on.", [r"40(/| per )week", r"6(/| per )week"], "They cut pages from ~40/week to ~6/week by deleting alerts nobody acted on", "numeric"),
 ("what is the yaml norway problem", "In YAML 1.1 the value NO parses as boolean false (it broke their country code list).", [r"false"], "`NO` parses as boolean false in YAML 1.1", "factoid"),
 ("whats the rubber chicken thing", "Annika Berg's game-day ritual: whoever holds the rubber chicken (Gerald) picks a component to break in staging; the first session found 3 missing alerts and 1 wrong runbook.", [r"staging"], "whoever holds the rubber chicken picks a component to break (in staging)", "summary"),
 ("what happened to plan time when they split the terraform state", "One state with 4,000 resources was split into 30 states and plan time went from 9 min to under 1 min.", [r"30 states", r"9 min"], "split into 30 states by team/env, plan time went from 9 min to under 1 min", "numeric"),
 ("list the lightning talks at devopsdays tallinn 2022", "Terraform state surgery (Kaarel Tamm); Our on-call rota is a spreadsheet and that's fine (Liis Saar); eBPF in 5 minutes (Dmitri Volkov); Chaos engineering with a rubber chicken (Annika Berg); Please stop writing YAML by hand (Mart Kask).", [r"Terraform", r"rubber chicken", r"YAML"], "5. **Please stop writing YAML by hand** — Mart Kask", "list"),
 ("what did the ebpf demo find", "opensnoop found a service opening the same config file 3,000 times per second.", [r"3,?000"], "`opensnoop` found a service opening the same config file 3,000 times per second", "numeric"),
 ("who said to stop writing yaml by hand", "Mart Kask.", [r"Mart Kask"], "**Please stop writing YAML by hand** — Mart Kask", "who"),
 ("liis saar's rule for pages?", "Every page must have a runbook link or it gets deleted.", [r"runbook"], "rule: every page must have a runbook link or it gets deleted", "factoid"),
]
D["reliability-forum-2023/panel-future-of-oncall.md"] = [
 ("who moderated the on-call panel at reliability forum", "Dana Whitfield, Principal SRE at Kestrel Bank.", [r"Dana Whitfield"], "**Moderator:** Dana Whitfield (Principal SRE, Kestrel Bank)", "who"),
 ("who were the panelists on the future of on call", "Ravi Subramanian (Loomly Cloud), Hannah Osei (Transitway) and Tomás Ruiz (Parcelhub).", [r"Subramanian", r"Osei", r"Ruiz"], "- Hannah Osei — SRE Manager, Transitway", "list"),
 ("whats hannah's team alert budget", "10 pages per week per rotation.", [r"10 pages"], "Hannah's team budget: 10 pages per week per rotation.", "numeric"),
 ("what does loomly do after a bad on-call night", "A shift with more than 2 pages out of hours earns a paid day off the next day.", [r"day off"], "an on-call shift with more than 2 pages out of hours gets a paid day off the next day", "factoid"),
 ("why is ravi phasing out per incident pay", "He thinks per-incident pay creates a bad incentive.", [r"incentive"], "He thinks per-incident pay creates a bad incentive", "why"),
 ("how should juniors be onboarded to on-call", "Hannah: shadow for 2 rotations, then reverse-shadow (junior leads, senior watches) for 1.", [r"shadow", r"reverse"], "shadow for 2 rotations, then reverse-shadow (junior leads, senior watches) for 1", "howto"),
 ("when was the reliability forum panel on on-call", "Wednesday 8 November 2023, 15:00–15:50 on the Main Stage in Amsterdam.", [r"8 November 2023"], "Wednesday 8 November 2023, Main Stage, 15:00–15:50", "factoid"),
 ("what was tomas ruiz's worry about alert budgets", "They can lead people to silence real alerts; pair budgets with SLO-based alerting on burn rate instead of CPU/disk alerts.", [r"silenc", r"burn rate"], "Tomás warned that budgets can lead to people silencing real alerts", "factoid"),
 ("where are transitway's follow the sun hubs", "Lagos, Amsterdam and Toronto.", [r"Lagos", r"Toronto"], "follow-the-sun across Lagos, Amsterdam and Toronto", "list"),
 ("was charity majors on the on-call panel", "No. Her line about on-call not being a hazing ritual only came up in the hallway afterwards, not on the panel.", [r"hallway|not on the panel"], "came up in the hallway afterwards (not on the panel)", "who"),
]
D["cloud/cloudnative-expo-eu-2024.md"] = [
 ("what was KEY01", "The opening keynote \"Platforms, Not Portals\" by Fatima Zahra El Amrani, CTO of Nimbus Works.", [r"Platforms, Not Portals", r"El Amrani"], "KEY01 · Opening keynote: \"Platforms, Not Portals\"", "factoid"),
 ("who did the multi tenant kubernets talk", "Oliver Grant and Mei Lin from Stackfield Cloud (ARC204).", [r"Oliver Grant", r"Mei Lin"], "Oliver Grant & Mei Lin (both at Stackfield Cloud)", "who"),
 ("how many vclusters does stackfield run", "About 600 vClusters on 9 host clusters.", [r"600", r"9 host"], "They run ~600 vClusters on 9 host clusters.", "numeric"),
 ("nimbus works time from git init to prod deploy?", "It went from 11 days to 4 hours.", [r"11 days", r"4 hours"], "went from 11 days to 4 hours", "numeric"),
 ("head sampling vs tail sampling", "Head sampling decides at the start (cheap, dumb); tail sampling decides after the trace completes, in the collector, and needs memory.", [r"head", r"tail", r"memory|collector"], "Head sampling (decide at the start, cheap, dumb) vs tail sampling (decide after the trace completes, in the collector, needs memory)", "comparison"),
 ("what's cartwise's trace sampling policy and savings", "Keep 100% of traces with errors or latency over 2 s and 5% of the rest; storage cost down about 70%.", [r"5\s?%", r"70\s?%"], "keep 100% of traces with errors or latency > 2 s, 5% of the rest → storage cost down ~70%", "numeric"),
 ("how to roll out image signature enforcement safely", "Start in audit mode for 2-4 weeks and look at what would have been blocked.", [r"audit mode"], "start in audit mode for 2-4 weeks and look at what would have been blocked", "howto"),
 ("sigstore talk code and speaker?", "SEC310, by Nikhil Rao (Provenant).", [r"SEC310", r"Nikhil Rao"], "SEC310 · \"Signing Your Supply Chain with Sigstore\"", "factoid"),
 ("when was cloudnative expo europe 2024", "Wednesday 20 March 2024 in Paris (day 1).", [r"20 March 2024"], "Day 1 (Wed 20 March 2024, Paris)", "factoid"),
]
D["ml/mlinprod-zurich-2024-02-15.md"] = [
 ("who talked about evaluating llm apps at the zurich ml meetup", "Simone Keller, ML lead at Alpinsure.", [r"Simone Keller"], "Evaluating LLM apps (w/ Simone Keller, ML lead @ Alpinsure)", "who"),
 ("how big is alpinsure's golden set", "300 questions with reference answers written by claims handlers.", [r"300"], "golden set of 300 questions with reference answers written by claims handlers", "numeric"),
 ("how well does llm as judge agree with humans", "82% agreement with human raters on pass/fail (worse on partially correct answers).", [r"82\s?%"], "agreement with human raters 82% on pass/fail", "numeric"),
 ("what blocks a prompt PR from merging at alpinsure", "A regression of more than 2 points on the eval pass rate.", [r"2 points"], "a regression > 2 points on pass rate blocks the merge", "factoid"),
 ("do i need a feture store", "Probably not unless many teams reuse features and you need online serving; with fewer than 5 teams a documented warehouse table plus a cache is fine (Arjun Nair).", [r"5 teams"], "fewer than 5 teams sharing features → a well-documented table in the warehouse + a cache is fine", "howto"),
 ("laura meier's drift alert rule", "Alert only if PSI > 0.2 for 3 days in a row.", [r"PSI", r"0\.2", r"3 days"], "alerts only if PSI > 0.2 for 3 days in a row", "factoid"),
 ("why require 3 days in a row for drift alerts", "Single-day spikes come from holidays, strikes and weather; before the rule they had ~15 false alarms per month.", [r"holiday|strike|weather"], "single-day spikes = holidays, strikes, weather. Before the 3-day rule they got ~15 false alarms per month", "why"),
 ("when was the feb ml in production meetup", "Thursday 15.02.2024 (15 February 2024) at Technopark, Zürich.", [r"15\.02\.2024"], "Thu 15.02.2024 @ Technopark, ~80 ppl", "factoid"),
 ("what talk did arjun nair give", "\"Feature stores: do you actually need one?\"", [r"Feature stores"], "Feature stores: do you actually need one? (w/ Arjun Nair, freelance)", "list"),
]
D["mobile/mobile-dev-days-warsaw-2023.md"] = [
 ("who did the compose performance talk at mobile dev days warsaw", "Piotr Nowak from Kupuj.pl.", [r"Piotr Nowak"], "Jetpack Compose performance pitfalls (Piotr Nowak, Kupuj.pl)", "who"),
 ("how much did baseline profiles speed up cold start", "About 30% (from 1.4 s to ~1.0 s median on a Pixel 4a).", [r"30\s?%"], "cold start improved ~30% on their app (from 1.4 s to ~1.0 s median on a Pixel 4a)", "numeric"),
 ("why is a List<T> parameter bad in compose", "List<T> is unstable, causing recomposition storms; use ImmutableList or annotate with @Immutable/@Stable.", [r"unstable", r"ImmutableList|@Immutable|@Stable"], "A `List<T>` param is unstable; use `ImmutableList` from kotlinx.collections.immutable", "why"),
 ("why does bankowo still use uikit for some lists", "SwiftUI List wasn't smooth enough on older iPhones for heavy lists like the 10k-row transaction history.", [r"older iPhones|smooth"], "SwiftUI `List` wasn't smooth enough on older iPhones", "why"),
 ("what share of bankowo's screens are swiftui", "About 60%.", [r"60\s?%"], "now ~60% of screens are SwiftUI", "numeric"),
 ("how does fieldnote resolve sync conflicts", "Last-write-wins lost data, so they moved to CRDTs (Automerge) for notes documents and LWW per field for simple forms, with hybrid logical clock timestamps.", [r"CRDT", r"Automerge"], "moved to CRDTs (Automerge for the notes documents), LWW per field for simple forms", "summary"),
 ("who gave the offline first sync talk", "Tomasz Wójcik and Ewa Lis from FieldNote.", [r"W.jcik", r"Ewa Lis"], "Offline-First Sync Without Losing Your Mind (Tomasz Wójcik & Ewa Lis, FieldNote)", "who"),
 ("how many simulated devices in fieldnote's chaos sync test", "50 simulated devices, every night.", [r"50"], "run a \"chaos sync\" test with 50 simulated devices every night", "numeric"),
 ("when was mobile dev days warsaw", "19 Oct 2023 (day 1 of 2), at EXPO XXI.", [r"19 Oct"], "19 Oct 2023 (day 1 of 2), EXPO XXI", "factoid"),
]
D["design-systems-day-2022/design-tokens-talk.md"] = [
 ("who gave design tokens are an api", "Chloé Martin, Design Systems Lead at Bloomly.", [r"Chlo. Martin"], "Speaker: Chloé Martin, Design Systems Lead at Bloomly", "who"),
 ("what are the 3 tiers of design tokens", "Primitive/global, semantic/alias and component tokens.", [r"primitive", r"semantic", r"component"], "**Three tiers of tokens**\n1. Primitive / global", "list"),
 ("how long did bloomly's dark mode take", "3 weeks instead of the estimated 3 months, by swapping the semantic layer.", [r"3 weeks"], "dark mode possible in 3 weeks instead of the estimated 3 months", "numeric"),
 ("how many design tokens does bloomly have", "About 1,100 tokens in total, ~180 of them semantic.", [r"1,?100"], "~1,100 tokens total, ~180 of them semantic", "numeric"),
 ("what builds the token outputs for each platform", "Style Dictionary (CSS custom properties, Swift, Kotlin, Android XML).", [r"Style Dictionary"], "Style Dictionary builds the outputs", "factoid"),
 ("how long are deprecated tokens kept", "For 2 minor versions, with a console warning in dev builds.", [r"2 minor"], "deprecated tokens stay for 2 minor versions with a console warning in dev builds", "numeric"),
 ("which platform was hardest for tokens", "Email templates, because of inline styles everywhere.", [r"email"], "email templates (email was the hardest, inline styles everywhere)", "factoid"),
 ("when was design systems day paris", "24 Nov 2022.", [r"24 Nov 2022"], "Design Systems Day · Paris · 24 Nov 2022", "factoid"),
 ("is renaming a token a breaking change?", "Yes: with semver, renaming or removing a token means a major version.", [r"major"], "renaming or removing a token = major version", "factoid"),
]
D["meetups/rust-vienna-2024-05.txt"] = [
 ("who gave the async rust talk at the vienna meetup", "Florian Graf (@fgraf), who works on a logistics backend at Routeo.", [r"Florian Graf"], "\"Async Rust Without the Tears\" by Florian Graf", "who"),
 ("what talks did florian graf give", "\"Async Rust Without the Tears\" and a 3-minute lightning talk on \"clippy lints we turned on\".", [r"Async Rust Without the Tears", r"clippy lints"], "Florian again, 3 minutes on \"clippy lints we turned on\"", "list"),
 ("what do i do about blocking calls in async rust", "Move them to spawn_blocking so they don't starve the runtime.", [r"spawn_blocking"], "blocking calls inside async (file IO, bcrypt) starving the runtime -> spawn_blocking", "howto"),
 ("since which rust version is async fn in traits stable", "Rust 1.75 (Dec 2023).", [r"1\.75"], "async fn in traits finally stable since Rust 1.75 (Dec 2023)", "factoid"),
 ("how long does miriam's plant watering thing run on batteries", "About 6 months on 3 AA batteries.", [r"6 months"], "runs 6 months on 3 AA batteries", "numeric"),
 ("what framework did miriam huber use on the rp2040", "Embassy (async on bare metal, no RTOS).", [r"embassy"], "she used the embassy framework: async on bare metal, no RTOS needed", "factoid"),
 ("who did the cargo-nextest lightning talk", "The notes don't name the speaker: the author didn't catch the name (they reported 2-3x faster test runs).", [r"catch|n.t (named|given|recorded|mentioned)|unknown|does ?n.t say"], "someone (didn't catch the name) on cargo-nextest, 2-3x faster test runs for them", "who"),
 ("how many concurrent connections per instance at routeo", "About 40k per instance on tokio with 4 worker threads.", [r"40k|40,000"], "they run ~40k concurrent connections per instance on tokio with 4 worker threads", "numeric"),
 ("when was the rust vienna may meetup", "Wednesday 22 May 2024, at the Sentinel Labs office.", [r"22 may"], "wed 22 may, at the Sentinel Labs office", "factoid"),
]
D["eng-leadership-summit-berlin-2023.md"] = [
 ("who talked about staff+ at the eng leadership summit", "Katarzyna Lewandowska, Principal Engineer at Modehaus (\"Staff+ Is a Job, Not a Reward\").", [r"Lewandowska"], "## Staff+ Is a Job, Not a Reward — Katarzyna Lewandowska", "who"),
 ("how did kopafy's offer acceptance change", "From 60% to 85%.", [r"60", r"85"], "Offer acceptance went from 60% to 85%", "numeric"),
 ("describe kopafy's new hiring loop", "Four stages in 10 working days: recruiter screen, a paid take-home (capped at 3h, €150), a pairing session on the take-home, and a values interview.", [r"take-home", r"pairing"], "New loop: 4 stages (recruiter screen, paid take-home capped at 3h and paid €150, a pairing session on the take-home, values interview)", "summary"),
 ("how much does kopafy pay for the take home", "€150, with the take-home capped at 3 hours.", [r"150"], "paid take-home capped at 3h and paid €150", "numeric"),
 ("what happened when a team got targeted on PR count", "PRs went from 12 to 31 per week and median PR size fell to 9 lines, with no change in delivered features.", [r"31", r"9 lines"], "went from 12 to 31 PRs/week, and median PR size dropped to 9 lines", "numeric"),
 ("what are the 4 staff engineer archetypes", "Tech lead, architect, solver and right hand (from Will Larson's book).", [r"tech lead", r"solver", r"right hand"], "Four archetypes (she credited Will Larson's book): tech lead, architect, solver, right hand", "list"),
 ("why start the debrief with written scores", "Independent written scores first avoid anchoring.", [r"anchoring"], "the debrief starts with independent written scores to avoid anchoring", "why"),
 ("when was the engineering leadership summit in berlin", "June 15, 2023, at Station Berlin.", [r"June 15, 2023"], "June 15, 2023 · Station Berlin", "factoid"),
 ("did will larson speak at the leadership summit", "No, Katarzyna Lewandowska credited his book for the four staff archetypes.", [r"book|credited"], "she credited Will Larson's book", "who"),
]
D["misc/watched-talk-p99.md"] = [
 ("who gave the why your p99 is lying talk", "Sunita Iyer, performance engineer at Quanta Trading.", [r"Sunita Iyer"], "Sunita Iyer — performance engineer at Quanta Trading", "who"),
 ("what is coordinated omission", "Load generators that wait for each response stop sending exactly when the system stalls, so the stall is hidden (a 2 s freeze shows as one slow request).", [r"stall"], "stop sending exactly when the system stalls, so the stall is hidden", "factoid"),
 ("closed loop vs open loop p99 in the demo", "Closed-loop reported p99 = 12 ms; open-loop reported p99 = 1,900 ms for the same stall.", [r"12 ms", r"1,?900"], "The closed-loop tool reported p99 = 12 ms. Open-loop (constant arrival rate) reported p99 = 1,900 ms.", "comparison"),
 ("why can't i average p99s across hosts", "Percentiles can't be averaged; store full histograms (HdrHistogram) and merge them instead.", [r"histogram"], "Store histograms (HdrHistogram) and merge them.", "why"),
 ("which load generators does sunita iyer use", "wrk2 and Gatling's constant rate mode (open-loop).", [r"wrk2", r"Gatling"], "she uses wrk2 and Gatling's constant rate mode", "list"),
 ("if a page makes 40 backend calls how often does it hit the p99", "On about 33% of page loads (1 - 0.99^40).", [r"33\s?%"], "hits the backend p99 on ~33% of page loads (1 - 0.99^40)", "numeric"),
 ("what conference was the p99 talk at", "Unknown: the author watched a recording and had no idea which conference it was from.", [r"no idea|unknown|n.t (say|know|known|mention)"], "no idea which conference it was from", "factoid"),
 ("how do i do open loop load tests in k6", "Use the constant-arrival-rate executor.", [r"constant-arrival-rate"], "the `constant-arrival-rate` executor", "howto"),
 ("whose talk did sunita credit for this stuff", "Gil Tene's \"How NOT to measure latency\".", [r"Gil Tene"], "She credited Gil Tene's \"How NOT to measure latency\"", "who"),
]
D["hexasec-oslo-2024/talks.md"] = [
 ("who gave the hexasec keynote", "Magnus Halvorsen, CISO of Nordlys Energi (\"Thirty Years of Buffer Overflows\").", [r"Magnus Halvorsen"], "Speaker(s): Magnus Halvorsen (CISO, Nordlys Energi; old-school exploit dev)", "who"),
 ("what sessions did yara nasser do at hexasec", "HS-T07 \"Red Teaming LLM Agents\" and the HS-W03 workshop \"Prompt Injection CTF\".", [r"Red Teaming LLM Agents", r"Prompt Injection CTF"], "## [HS-W03] Workshop: Prompt Injection CTF\nSpeaker(s): Yara Nasser", "list"),
 ("how many agent products fell to indirect prompt injection", "11 of the 14 agent products tested.", [r"11", r"14"], "14 agent products, indirect prompt injection worked on 11 of them", "numeric"),
 ("how do llm agents leak data through markdown", "The agent is tricked into rendering a markdown image whose URL contains the secret data.", [r"image", r"URL"], "get the agent to render a markdown image whose URL contains the secret data", "factoid"),
 ("which prompt injection defences didn't work", "Keyword detection of \"ignore previous instructions\" and a system prompt saying \"never reveal\".", [r"keyword", r"never reveal"], "Defences that didn't: keyword detection of \"ignore previous instructions\"; a system prompt saying \"never reveal\"", "list"),
 ("what share of critical CVEs are memory safety bugs according to the keynote", "About 70% in big C/C++ codebases.", [r"70\s?%"], "He estimated ~70% of critical CVEs in big C/C++ codebases are memory safety bugs", "numeric"),
 ("what languages does nordlys require for new network services", "Rust or Go, since 2023.", [r"Rust", r"\bGo\b"], "Nordlys has required Rust or Go for any new network-facing service since 2023", "factoid"),
 ("how much did erik's bmc implant cost to build", "About $200 in parts.", [r"200"], "Built a proof-of-concept implant on a server BMC for about $200 in parts", "numeric"),
 ("what was HS-T12", "\"Hardware Implants: Supply Chain Reality Check\" by Erik Solberg.", [r"Hardware Implants", r"Solberg"], "## [HS-T12] Hardware Implants: Supply Chain Reality Check", "factoid"),
 ("did grace hopper speak at hexasec", "No; Magnus Halvorsen closed his keynote with a Grace Hopper quote.", [r"quote"], "Closed with a Grace Hopper quote", "who"),
]
D["meetups/2024-02-29 vector search meetup.md"] = [
 ("who explained hnsw with cats", "Olivia Brennan, developer advocate at Vectorly.", [r"Olivia Brennan"], "**HNSW Explained with Cats** · Olivia Brennan (developer advocate, Vectorly)", "who"),
 ("bm25 vs dense vs hybrid ndcg at paperloft", "BM25 alone 0.61, dense alone 0.66, hybrid 0.74 nDCG@10 (0.79 with cross-encoder rerank).", [r"0\.61", r"0\.66", r"0\.74"], "BM25 alone nDCG@10 0.61, dense alone 0.66, hybrid 0.74", "comparison"),
 ("how do you combine bm25 and dense results", "Reciprocal Rank Fusion (RRF, k=60), which needs no score normalisation.", [r"Reciprocal Rank Fusion|RRF"], "They combine BM25 + dense with Reciprocal Rank Fusion (RRF, k=60)", "howto"),
 ("typical M for hnsw?", "16 edges per node is a typical default.", [r"16"], "`M` (edges per node, 16 is a typical default)", "numeric"),
 ("recall at ef_search 64 vs 256", "recall@10 of 0.95 at ef_search=64 vs 0.99 at 256, with roughly 3x the latency.", [r"0\.95", r"0\.99"], "recall@10 of 0.95 at ef_search=64 vs 0.99 at ef_search=256", "comparison"),
 ("latency cost of the cross encoder rerank", "About 120 ms extra (for nDCG 0.79, reranking the top 50).", [r"120 ?ms"], "Rerank the top 50 with a cross-encoder → 0.79 but it adds ~120 ms", "numeric"),
 ("why does bm25 still matter", "Pure embeddings miss exact matches such as product codes, error messages and names.", [r"exact match"], "Pure embeddings miss exact matches: product codes, error messages, names.", "why"),
 ("what was samir khan's talk called", "\"Hybrid Search: BM25 Still Matters\".", [r"Hybrid Search"], "**Hybrid Search: BM25 Still Matters** · Samir Khan", "list"),
 ("whats the problem with deletes in hnsw", "Deletes are the pain point: tombstones plus periodic rebuilds.", [r"tombstone"], "Deletes are the pain point: tombstones + periodic rebuilds", "factoid"),
]
D["green-software-summit-2023.md"] = [
 ("who talked about carbon aware scheduling", "Mette Jørgensen, Data Platform Lead at Vindkraft Digital.", [r"Mette J.rgensen"], "**Mette Jørgensen** — Data Platform Lead, Vindkraft Digital", "who"),
 ("how much did shifting batch jobs cut emissions", "17% lower emissions for the shifted workloads over 6 months, at no extra cost.", [r"17\s?%"], "17% lower emissions for the shifted workloads over 6 months", "numeric"),
 ("why not just shift workloads to other regions", "Shifting in space raised data-residency questions with legal.", [r"residency"], "shifting in *space* (other regions) raised data-residency questions with legal", "why"),
 ("how did thomas lund shrink the homepage", "From 6.4 MB to 1.1 MB by compressing images to AVIF, removing an autoplay hero video, and self-hosting 2 fonts instead of 6.", [r"AVIF", r"video", r"font"], "6.4 MB → 1.1 MB after compressing images (AVIF), removing an autoplay hero video, and self-hosting 2 fonts instead of 6", "howto"),
 ("co2 per page visit before and after", "From about 2.1 g to about 0.4 g per visit.", [r"2\.1", r"0\.4"], "Estimated CO2 per visit went from ~2.1 g to ~0.4 g", "numeric"),
 ("how much gpu time did amara nwosu's lab save", "60% fewer GPU-hours with no accuracy loss, by cutting epochs from 10 to 4 and using mixed precision.", [r"60\s?%"], "they cut GPU-hours by 60% with no accuracy loss by reducing epochs from 10 to 4 and using mixed precision", "numeric"),
 ("when was the green software summit", "2023-05-25, in Copenhagen.", [r"2023-05-25"], "when: 2023-05-25", "factoid"),
 ("who spoke at green software summit copenhagen", "Mette Jørgensen, Thomas Lund and Dr. Amara Nwosu.", [r"J.rgensen", r"Lund", r"Nwosu"], "**Dr. Amara Nwosu** — research scientist at a Copenhagen AI lab", "list"),
 ("tool to measure energy use of ml training?", "CodeCarbon (her lab logs kWh per experiment alongside accuracy).", [r"CodeCarbon"], "Measure with tools like CodeCarbon; her lab logs kWh per experiment alongside accuracy", "factoid"),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out, n = [], 0
    for doc, items in D.items():
        for q, a, rx, ev, kind in items:
            n += 1
            out.append({"id": f"nf{n:03d}", "question": q, "answer": a, "must_contain": rx,
                        "doc": doc, "evidence": ev, "kind": kind})
    with open(os.path.join(here, "qa.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "questions")

if __name__ == "__main__":
    main()
