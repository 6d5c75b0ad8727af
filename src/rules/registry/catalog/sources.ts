import type { Citation } from "../RuleSet.js";

// The documents the built-in rule sets cite (see ../shared/domain.md in the project's records).
// Where the exact page address is not known, the address is the publisher's site.

export const kudumbashreeNhgPage = {
  title: "Neighbourhood Groups (NHG): structure of the Kudumbashree community network",
  publisher: "Kudumbashree State Mission",
  date: "2017-03-15",
  url: "https://www.kudumbashree.org/pages/171",
} as const satisfies Citation;

export const kudumbashreeStoryNhg = {
  title: "The Kudumbashree Story: Neighbourhood Groups",
  publisher: "Kudumbashree State Mission",
  date: "2017",
  url: "https://www.thekudumbashreestory.info/",
} as const satisfies Citation;

export const kudumbashreeStoryAds = {
  title: "The Kudumbashree Story: Area Development Societies",
  publisher: "Kudumbashree State Mission",
  date: "2017",
  url: "https://www.thekudumbashreestory.info/",
} as const satisfies Citation;

export const kudumbashreeStoryBalasabha = {
  title: "The Kudumbashree Story: Balasabha, Balasamiti and Bala Panchayat",
  publisher: "Kudumbashree State Mission",
  date: "2016",
  url: "https://www.thekudumbashreestory.info/",
} as const satisfies Citation;

export const kudumbashreeBalasabha2017 = {
  title: "Balasabha (children aged 6 to 18; 66,743 Balasabhas, 10,59,283 children)",
  publisher: "Kudumbashree State Mission",
  date: "2017",
  url: "https://www.kudumbashree.org/pages/66",
} as const satisfies Citation;

export const kudumbashreeBalasabhaCurrent = {
  title: "Balasabha (children aged 5 to 18)",
  publisher: "Kudumbashree State Mission",
  date: "2017",
  url: "https://www.kudumbashree.org/pages/708",
} as const satisfies Citation;

export const lsgAuxiliaryGroups = {
  title: "Kudumbashree auxiliary groups: 19,521 groups and 3,00,531 members",
  publisher: "Local Self Government Department, Government of Kerala",
  date: "2021-11-22",
  url: "https://lsgkerala.gov.in/",
} as const satisfies Citation;

export const nieThiruvananthapuram = {
  title:
    "Thiruvananthapuram first district to implement Kudumbashree auxiliary groups " +
    "(1,546 wards, 1,550 groups, 25,823 members)",
  publisher: "The New Indian Express",
  date: "2021-11-06",
  url: "https://www.newindianexpress.com/",
} as const satisfies Citation;

export const hinduAuxiliaryHouseholds = {
  title: "Auxiliary groups: more than one woman from a household may join; no economic criterion",
  publisher: "The Hindu",
  date: "2021-11-08",
  url: "https://www.thehindu.com/",
} as const satisfies Citation;

export const rbiNrlmCircular = {
  title: "Master Circular: Deendayal Antyodaya Yojana - National Rural Livelihoods Mission (DAY-NRLM)",
  publisher: "Reserve Bank of India",
  date: "2021-04-01",
  url: "https://www.rbi.org.in/",
} as const satisfies Citation;

// DAY-NRLM federations. The ASRLMS and Telangana district pages carry no date, so their citations
// have none.

export const pibVillageOrganisationsCampaign = {
  title:
    "Deendayal Antyodaya Yojana-National Rural Livelihoods Mission leads social mobilisation campaign to bring " +
    "left out households under its fold (SHGs in tier two Village Organisations and tier three Cluster Level " +
    "Federations)",
  publisher: "Press Information Bureau, Ministry of Rural Development, Government of India",
  date: "2022-09-09",
  url: "https://pib.gov.in/Pressreleaseshare.aspx?PRID=1857981",
} as const satisfies Citation;

export const serpTelanganaInstitutionBuilding = {
  title:
    "DRDA SERP: Institution Building (Village Organisations, the federation of SHGs at the village or " +
    "cluster-of-villages level; executive committee of the first leaders of member SHGs; 3 to 5 office bearers)",
  publisher: "District Rural Development Agency, Khammam, Government of Telangana (SERP)",
  url: "https://khammam.telangana.gov.in/drda-serp",
} as const satisfies Citation;

export const asrlmsClusterLevelFederation = {
  title:
    "Become a part of Cluster Level Federation (CLF): all VOs of a cluster of villages (about a quarter of a " +
    "block) are its members; VOs more than 6 months old are brought into the CLF",
  publisher: "Assam State Rural Livelihood Mission (ASRLM), Government of Assam",
  url: "https://asrlms.assam.gov.in/how-to/become-a-part-of-clf",
} as const satisfies Citation;
