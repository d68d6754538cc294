"""Inputs that are not research papers, and short research abstracts, written for this project
(invented products, companies and studies) to test the input screen."""

NOT_RESEARCH: dict[str, str] = {
    "advert": """NeuroVita Max - the natural boost your nerves deserve!

Tired of feeling tired? NeuroVita Max is our premium formula of vitamin B12, biotin and
turmeric, made for people living with MS. Thousands of happy customers say they feel more
energy within days. Just two capsules a day. Only $39.99 per bottle, or subscribe and save 20%.
Order now and get free shipping. Use code BRAIN20 at checkout. 100% money-back guarantee.
NeuroVita Max(TM) is available while stocks last.""",
    "product_page": """MyeliCare Cooling Vest - Stay Cool, Stay Active

Heat makes MS symptoms worse for many people. Our lightweight cooling vest keeps your core
temperature down for up to four hours. Customers love the comfortable fit and the quiet
design. Price: £129.00. Add to basket today and enjoy free delivery across the UK. Limited time
offer: buy two vests and get 15% off. Read reviews from real customers below.""",
    "press_release_no_study": """FOR IMMEDIATE RELEASE

Helixor Therapeutics Announces New Chief Executive Officer

BOSTON, March 3 -- Helixor Therapeutics, Inc. (NASDAQ: HLXR) today announced that Jane
Porter has been appointed Chief Executive Officer, effective April 1. Ms. Porter brings 20
years of experience in neurology drug development and commercialization. "I am thrilled to
join Helixor at this exciting time for our pipeline," said Ms. Porter. The company also
announced a partnership to expand its manufacturing.

About Helixor Therapeutics
Helixor is a biotechnology company focused on nervous system diseases.

Forward-looking statements: This press release contains forward-looking statements.
Media contact: press@helixor.example""",
    "french": """Une nouvelle étude sur la sclérose en plaques

Les chercheurs ont étudié l'effet de la vitamine D chez des personnes atteintes de sclérose en
plaques. Ils ont suivi deux cents patients pendant trois ans. Les résultats montrent que les
personnes qui avaient un taux élevé de vitamine D avaient moins de poussées. Les auteurs
pensent que d'autres études sont nécessaires pour confirmer ces résultats chez un plus grand
nombre de patients.""",
    "german": """Multiple Sklerose und Bewegung

In dieser Studie wurden sechzig Patientinnen und Patienten mit Multipler Sklerose untersucht.
Die Hälfte nahm an einem zwölfwöchigen Trainingsprogramm teil, die andere Hälfte erhielt die
übliche Behandlung. Nach drei Monaten berichteten die Teilnehmer der Trainingsgruppe über
weniger Müdigkeit und eine bessere Lebensqualität. Weitere Studien mit mehr Teilnehmern sind
notwendig, um diese Ergebnisse zu bestätigen.""",
    "recipe": """Easy Salmon and Spinach Bake

A simple weeknight dinner rich in omega-3. Serves 4. Prep time: 10 minutes.

Ingredients: 4 salmon fillets, 2 cups of fresh spinach, 2 tablespoons olive oil, 1 teaspoon
garlic powder, salt and pepper to taste, 1 lemon, sliced.

Preheat the oven to 200 degrees C. Place the spinach in a baking dish and lay the salmon on
top. Drizzle with olive oil, season with garlic, salt and pepper, and add the lemon slices.
Bake for 15 to 20 minutes until the fish flakes easily. Serve warm.""",
    "news_story": """Local runner with MS completes marathon

A 34-year-old woman from Leeds who was told she might never walk unaided again crossed the
finish line of the city marathon on Sunday. Sarah Hughes said she started running two years
ago. "I wanted to prove to myself that I could do it," she said. Her husband told reporters he
was proud of her. According to the organisers, more than 8,000 people took part this year.
Mrs. Hughes said she now plans to raise money for an MS charity next year.""",
    "opinion_blog": """Why I stopped worrying about my diagnosis

When I was told I had MS, I spent weeks reading everything online. Some days I felt hopeless,
other days angry. What helped me most was talking with other people who live with it, and
finding small routines that make each day easier: a short walk in the morning, a nap after
lunch, and a rule of no screens after nine. Everyone's journey is different, and mine is still
going. I hope sharing it helps someone who feels alone today.""",
    "erratum": """Correction to: Cooling garments and walking speed in heat-sensitive MS

This article was first published with an error in Figure 3. The y-axis label of panel B was
incorrectly given as seconds; it should read metres per second. The error has now been
corrected in the online version of the article. The authors apologise for the mistake.""",
    "retraction": """Notice of retraction: Curcumin and relapse rate in relapsing MS

The editors have retracted this article at the request of the authors after concerns were
raised about the reliability of the data in Table 2. The authors regret the error. This
article has been retracted; the original version remains online, marked as retracted.""",
}

RESEARCH: dict[str, str] = {
    "trial": """Balance training in relapsing multiple sclerosis: a randomised controlled trial

Background: Falls are common in multiple sclerosis (MS). Methods: We randomly assigned 84
adults with relapsing MS to 10 weeks of balance training or usual care. The primary outcome was
the number of falls over 6 months. Results: Falls were fewer with training (rate ratio 0.62;
95% CI 0.41 to 0.93). Conclusions: Balance training reduced falls in people with MS.""",
    "narrative_review": """Myelin repair in the central nervous system

Remyelination restores saltatory conduction and protects axons after demyelination. Oligodendrocyte
progenitor cells migrate to lesions, differentiate and wrap axons with new myelin. In chronic
multiple sclerosis lesions this process often fails. This review discusses signals that block
differentiation, the role of microglia in clearing myelin debris, and candidate therapies that
promote repair, and outlines open questions for clinical translation.""",
    "mouse": """Dietary fibre and gut bacteria in experimental autoimmune encephalomyelitis

Mice fed a high-fibre diet for four weeks before immunisation developed milder disease than
mice on a standard diet. Clinical scores were lower and spinal cord infiltrates were smaller.
Faecal short-chain fatty acids rose with fibre, and regulatory T cells increased in the gut.
These findings suggest that dietary fibre shapes autoimmune inflammation through the
microbiota.""",
    "company_trial_news": """Vexamod lowered relapses in a phase 3 trial, according to results
presented at a meeting

In the trial, 1,210 people with relapsing MS were randomised to vexamod or teriflunomide for
two years. The annualised relapse rate was 0.18 with vexamod and 0.29 with teriflunomide
(p<0.001). New lesions on MRI were fewer. Serious adverse events were similar in both groups.
The authors conclude that vexamod was more effective than teriflunomide.""",
}
