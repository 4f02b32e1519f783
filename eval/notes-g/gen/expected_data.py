# Gold metadata for every corpus file (written by hand, rendered to expected.yaml by build_sets.py)
EXPECTED = {
 "2023-05-04-kubecraft-golden-paths.md": dict(event="KubeCraft Summit 2023", date="2023-05-04", talks=[
    dict(title="Golden Paths Without Golden Handcuffs", code=None, speakers=["Ines Okafor", "Tomasz Wilk"])]),
 "dataweave-2022/01-opening-keynote.md": dict(event="DataWeave 2022", date="2022-10-13", talks=[
    dict(title="The Lakehouse Is Not a Strategy", code=None, speakers=["Rosalind Achterberg"])]),
 "dataweave-2022/02-streaming-joins.md": dict(event="DataWeave 2022", date="2022-10-13", talks=[
    dict(title="streaming joins at scale - what broke and why", code=None, speakers=["Arjun Mehta"])]),
 "dataweave-2022/03-data-contracts.md": dict(event="DataWeave 2022", date="2022-10-14", talks=[
    dict(title="Data Contracts: A Year In", code=None, speakers=["Chloé Marchand", "Sipho Ndlovu"])]),
 "rustbelt-devdays-2024/day-2/notes.txt": dict(event="Rustbelt DevDays 2024", date="2024-03-20", talks=[
    dict(title="ZERO-COPY PARSING IN PRACTICE", code=None, speakers=["Dmitri Volkov"]),
    dict(title="EMBEDDED RUST ON A BUDGET", code=None, speakers=["Keisha Brandt"]),
    dict(title="ASYNC CANCELLATION FOOTGUNS", code=None, speakers=["Olu Adeyemi", "Sara Lindqvist"])]),
 "secops-week-2023/thursday/sessions.md": dict(event="SecOps Week 2023", date="2023-11-09", talks=[
    dict(title="Purple Teaming on a Shoestring", code="SEC204", speakers=["Hannah Okoro"]),
    dict(title="Passkeys in the Wild: Rollout Lessons", code="SEC211", speakers=["Mateo Ruiz", "Yui Tanaka"]),
    dict(title="Log Pipelines Attackers Love", code="SEC230", speakers=["Gregor Hale"])]),
 "meetups/frontend-guild-berlin-sept.md": dict(event="Frontend Guild Berlin September 2023 meetup", date="2023-09-12", talks=[
    dict(title="Design Tokens That Survive a Rebrand", code=None, speakers=["Lena Hofmann"]),
    dict(title="Accessibility Audits With Real Users", code=None, speakers=["Kwame Asante"]),
    dict(title="View Transitions in Production", code=None, speakers=["Rafael Duarte", "Mina Cho"])]),
 "open-silicon-day-2024.html": dict(event="Open Silicon Day 2024", date="2024-06-06", talks=[
    dict(title="RISC-V Vector Extensions for Audio DSP", code=None, speakers=["Amara Nwosu"]),
    dict(title="Tapeout on a Shuttle Budget", code=None, speakers=["Felix Brandauer", "Priyanka Iyer"]),
    dict(title="Chiplet Interop — Are We There Yet?", code=None,
         speakers=["Joanne Kealoha", "Viktor Halvorsen", "Mei-Lin Zhou", "Samuel Adebayo"])]),
 "pycascadia-2022.rst": dict(event="PyCascadia 2022", date="2022-08-19", talks=[
    dict(title="Typing the Untypable: Gradual Types in a 400k-Line Codebase", code=None, speakers=["Nadia Rahimi"]),
    dict(title="Profiling Python Without Guesswork", code=None, speakers=["Colm Gallagher"])]),
 "journal/2024-02-mlops-toronto.org": dict(event="MLOps Toronto Meetup #14", date="2024-02-15", talks=[
    dict(title="Feature stores are just caches (and that's fine)", code=None, speakers=["Deepa Krishnan"]),
    dict(title="Eval harnesses for LLM features", code=None, speakers=["Benoît Lacroix"])]),
 "trust-ux-summit-outline.md": dict(event="Trustworthy UX Summit 2023", date="2023-10-03", talks=[
    dict(title="Dark Patterns Are a Debt", code=None, speakers=["Sofie Lindgren"]),
    dict(title="Explaining AI Decisions to Non-Experts", code=None, speakers=["Haruto Sato", "Amina Diallo"]),
    dict(title="Consent Flows People Actually Read", code=None, speakers=["Jakob Meier"])]),
 "slack/conf-live-2024-04-18.txt": dict(event="HealthTech Connect 2024", date="2024-04-18", talks=[
    dict(title="FHIR Is Not Interop", code=None, speakers=["Gabriel Mensah"]),
    dict(title="Consent as a Product Feature", code=None, speakers=["Ruth Abernathy"]),
    dict(title="Running ML on Hospital Edge Devices", code=None, speakers=["Tomás Herrera", "Ifeoma Obi"])]),
 "email/productcraft-day1.eml": dict(event="ProductCraft Summit 2023", date="2023-06-14", talks=[
    dict(title="Sunsetting Features Without Losing Customers", code=None, speakers=["Sunita Rao"]),
    dict(title="Pricing Experiments That Didn't Lie", code=None, speakers=["Marcus Feld"]),
    dict(title="Discovery Interviews at B2B Scale", code=None, speakers=["Aoife Brennan"])]),
 "lightning/2023-11-30-lightning-night.md": dict(event="Oslo Data Science Guild Lightning Night", date="2023-11-30", talks=[
    dict(title="Why Your A/B Test Is Underpowered", code=None, speakers=["Tobias Engel"]),
    dict(title="HyperLogLog in Five Minutes", code=None, speakers=["Nkechi Eze"]),
    dict(title="Geospatial Joins Without Tears", code=None, speakers=["Lars Petersen"]),
    dict(title="Notebook Hygiene", code=None, speakers=["Camila Reyes"]),
    dict(title="Synthetic Data for Testing, Not Training", code=None, speakers=["Ravi Menon"]),
    dict(title="Bayesian Shrinkage for Small-Store Sales", code=None, speakers=["Ingrid Solheim"]),
    dict(title="What I Learned Labelling 10k Images", code=None, speakers=["Jun Park"])]),
 "panels/greenops-forum-2024.md": dict(event="GreenOps Forum 2024", date="2024-09-25", talks=[
    dict(title="Carbon-Aware Scheduling — Hype or Help?", code=None,
         speakers=["Elif Demir", "Florian Maier", "Grace Mwangi", "Ana Lucía Torres"]),
    dict(title="Measuring Embodied Carbon in Servers", code=None, speakers=["Paulina Kowalczyk"])]),
 "2022-03-17_berlin-gophers/notes.md": dict(event="Berlin Gophers", date="2022-03-17", talks=[
    dict(title="Generics: What We Actually Used Them For", code=None, speakers=["Jana Novák"]),
    dict(title="Taming Goroutine Leaks", code=None, speakers=["Ahmed Saleh"])]),
 "internal/brownbag-writeup.md": dict(event="Kestrel Bank Engineering Brown Bag", date="2024-01-18", talks=[
    dict(title="The Nightly Batch Diet", code=None, speakers=["Daniel Obuya"]),
    dict(title="Flags Are Forever (Unless You Kill Them)", code=None, speakers=["Harriet Cole"])]),
 "misc/scratch.txt": dict(event=None, date=None, talks=[
    dict(title="SLOs for Batch Jobs", code=None, speakers=["Marisol Vega"]),
    dict(title="Cardinality Is a Budget", code=None, speakers=["Pete Lindahl"])]),
 "compbio-symposium-notes.md": dict(event="Cambridge Computational Biology Symposium 2023", date="2023-05-04", talks=[
    dict(title="Protein Language Models for Enzyme Design", code=None, speakers=["Helena Sørensen"]),
    dict(title="Single-Cell Atlases: Batch Effects Are the Biology", code=None, speakers=["Oluwaseun Bankole"]),
    dict(title="Lab Automation with Cheap Robots", code=None, speakers=["Maya Fischer-Lund", "Eitan Shapiro"]),
    dict(title="Reproducible Pipelines for Small Labs", code=None, speakers=["Rhiannon Pryce"])]),
 "analytics-eng-days/data-track.md": dict(event="Analytics Engineering Days 2024", date="2024-03-07", talks=[
    dict(title="Semantic Layers: Where Metrics Go to Agree", code="DATA-07", speakers=["Tanvir Hossain"]),
    dict(title="Testing SQL Like You Mean It", code="DATA-12", speakers=["Beatriz Costa"]),
    dict(title="Incremental Models and the Late-Arriving Data Problem", code="DATA-15",
         speakers=["Owen Pritchard", "Leilani Kahale"])]),
 "keynotes-nimbus-expo.txt": dict(event="Nimbus Cloud Expo 2023", date="2023-09-21", talks=[
    dict(title="Serverless Is a Billing Model", code="K1", speakers=["Rajesh Pillai"]),
    dict(title="Sovereign Cloud and the Shape of Regions", code="K2", speakers=["Mette Kjær"]),
    dict(title="Fault Injection as a Product", code="K3", speakers=["Lucía Ferrer", "Kenji Watanabe"])]),
 "internal/hw-demo-day-2024-06.md": dict(event="Orrery Robotics Hardware Lab Demo Day", date="2024-06-27", talks=[
    dict(title="Gripper Force Sensing on a $4 BOM", code=None, speakers=["Nilufar Karimova"]),
    dict(title="Thermal Runaway Tests for the New Battery Pack", code=None, speakers=["Dominic Asare"]),
    dict(title="Fixture Design for Repeatable Calibration", code=None, speakers=["Yasmin Haddad"])]),
}
