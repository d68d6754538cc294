"""Caveats in a writer's own words (issue 8), and near misses that must not count.

Written for this project, not taken from any paper or summary: the animal or lab caveat and
the pointer to the reader's care team said the way editors say them ("The work was done in
rats and mice, so ...", "talk it over with whoever treats your MS"). ACCEPTED[name] carry the
caveat; NEAR_MISSES[name] use its words (mice, people, nurse, check-up) and do not.
"""

ACCEPTED: dict[str, list[str]] = {
    "not_in_people": [
        "The work was done in rats and mice, so the results may not hold for people with MS.",
        "Findings in animals often do not carry over to people.",
        "These were lab dishes, not patients.",
        "Because the study used only mice, it tells us little yet about people with MS.",
        "This was done in mice, so it is not yet clear what it means for people with MS.",
        "Treatments that work in animals often turn out not to work in people.",
        "All of this was in mice; people with MS were not treated.",
        "Rats are not people, and their nerves heal in other ways.",
        "Everything here comes from animals, and people can respond quite differently.",
        "The drug was only given to mice, never to people.",
        "The cells came from mice, so the same may not be true of human cells.",
        "Many drugs that look good in rats go on to disappoint in human trials.",
        "The study was in dogs, so we cannot assume it would work the same way in humans.",
        "It was a study of cells in dishes, so it cannot tell us what the drug does in a "
        "person's body.",
        "Humans were not part of this study.",
        "Tissue in a dish lacks the blood supply and immune system of a living person.",
        "The work has not moved beyond animals yet.",
        "The research was carried out in mice bred to develop a disease like MS, and mouse "
        "findings often fail to carry over.",
        "Since only rats were used, the results say little about people.",
        "These lab tests do not tell us how the drug would act in a patient.",
        "People were not involved at any stage.",
        "These are results in a dish; what happens in the body may be quite different.",
        "We cannot take it for granted that humans would respond like mice.",
        "Researchers will need to test this in people with MS.",
    ],
    "care_team": [
        "A nurse or GP can help if you are unsure what this means for you.",
        "It is worth asking your hospital team whether this applies to you.",
        "Talk it over with whoever treats your MS.",
        "Bring it up at your next check-up.",
        "Before making any change, have a word with the people who look after your MS.",
        "Ask the team looking after you whether it could fit your care.",
        "Whoever manages your MS can explain what this might mean for you.",
        "The staff at your MS clinic are best placed to say whether this suits you.",
        "If you are thinking of trying it, run it past your doctor first.",
        "If you want to know more, your MS team is a good place to start.",
        "Anyone interested should speak to the people treating their MS first.",
        "Whoever looks after your MS can tell you more.",
        "Your medical team will know whether this treatment is right for you.",
        "If you are thinking about this, it is one to raise at your next neurology appointment.",
        "Those who look after your MS are the best people to ask.",
        "Speak with the professionals caring for you before you change anything.",
        "Your GP can point you in the right direction.",
        "Consider taking this summary along to your next appointment.",
        "Get in touch with your MS team if anything here worries you.",
        "Decisions about treatment are best made with the team treating you.",
        "Ask whoever prescribes your MS drugs about this.",
    ],
}

NEAR_MISSES: dict[str, list[str]] = {
    "not_in_people": [
        "The mice in the study lived longer when treated.",
        "The researchers grew human cells in dishes.",
        "Rats and mice both improved with the drug.",
        "The cells behaved differently when the drug was added.",
        "Patients and mice alike showed lower levels.",
        "The mice were given very high doses that people would never take.",
        "The effect in the cells did not last.",
        "Patients were not included if they had another illness.",
        "The cells were not treated until day two.",
        "Mice lacking the gene had worse disease than normal mice.",
        "The cell tests cannot tell how many patients carry the gene.",
        "Cells from patients were not tested for the virus.",
        "The results tell us little about which dose is best.",
    ],
    "care_team": [
        "Doctors in the study measured blood flow in each person.",
        "The nurses who took part in the trial recorded every relapse.",
        "The team looking after the patients changed their doses twice.",
        "You do not need to see your doctor about this.",
        "Whoever wrote the paper works at a hospital.",
        "The people who treat MS in this clinic ran the study.",
        "Your next check-up is not affected by this study.",
        "GPs in the study found the test easy to use.",
        "It is worth asking why the study was so small.",
        "The hospital team gave each person a leaflet.",
        "The next review of this topic should include more trials.",
        "Researchers took this further in a follow-up visit.",
    ],
}
