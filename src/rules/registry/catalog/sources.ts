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

// Sources of the versions that followed the review of the rule sets against their sources (issue
// 15), with the exact address of each page where it was found. The earlier citations above stay as
// they are: they are part of released rule sets.

export const lsgAuxiliaryGroupFormation = {
  title:
    "Kudumbashree Auxiliary Group formation progressing: aimed at forming a minimum of one Auxiliary Group in " +
    "every ward; 19,521 groups and 3,00,531 members by 18 November 2021; ages 18 to 40; at most 50 members; " +
    "another group in the same ward if more women come forward",
  publisher: "Local Self Government Department, Government of Kerala",
  date: "2021-11-22",
  url: "https://lsgkerala.gov.in/en/kudumbashree/news/kudumbashree-auxiliary-group-formation-progressingen",
} as const satisfies Citation;

export const hinduAuxiliaryLaunch = {
  title: "Kudumbashree auxiliary groups from tomorrow: launched across the State on October 2 for women aged 18 to 40",
  publisher: "The Hindu",
  date: "2021-09-30",
  url: "https://www.thehindu.com/news/national/kerala/kudumbashree-auxiliary-groups-from-tomorrow/article36762109.ece",
} as const satisfies Citation;

export const nieThiruvananthapuramArticle = {
  title:
    "Thiruvananthapuram first district to implement Kudumbashree auxiliary groups (1,546 wards, 1,550 groups, " +
    "25,823 members; two meetings a month)",
  publisher: "The New Indian Express",
  date: "2021-11-06",
  url:
    "https://www.newindianexpress.com/cities/thiruvananthapuram/2021/nov/06/" +
    "thiruvananthapuramsets-upkudumbashree-auxiliary-groups-2379975.html",
} as const satisfies Citation;

export const hinduAuxiliaryAllWards = {
  title:
    "Kudumbashree auxiliary units in all wards (Thiruvananthapuram; more than one person from each household " +
    "can be a member)",
  publisher: "The Hindu",
  date: "2021-11-08",
  url: "https://www.thehindu.com/news/national/kerala/kudumbashree-auxiliary-units-in-all-wards/article37373845.ece",
} as const satisfies Citation;

// Found only as a reprint, which carries no date.
export const hinduKozhikodeAuxiliaryGroups = {
  title:
    "Kudumbashree auxiliary groups established in all wards of Kozhikode Corpn: there can be any number of " +
    "auxiliary groups (a report of The Hindu, as reprinted)",
  publisher: "The Hindu (Kozhikode), reprinted by Indian Sapid News",
  url: "https://indiansapidnews.com/india/kudumbashree-auxiliary-groups-established-in-all-wards-of-kozhikode-corpn/",
} as const satisfies Citation;

export const rbiNrlmMasterCircular2021 = {
  title:
    "Master Circular: Deendayal Antyodaya Yojana - National Rural Livelihoods Mission (DAY-NRLM): women SHGs " +
    'of 10-20 members, special SHGs from 5; the Panchasutra ("regular meetings", regular savings, ...)',
  publisher: "Reserve Bank of India",
  date: "2021-04-01",
  url: "https://www.rbi.org.in/Scripts/NotificationUser.aspx?Id=12360&Mode=0",
} as const satisfies Citation;

/**
 * The earlier edition of the RBI Master Circular on NRLM, as quoted in 2015: special SHGs of
 * persons with disabilities, elders and transgender persons may include both men and women. The
 * quotation is all that was found; the 2021 text has not been seen to repeat it.
 */
export const rbiNrlmSpecialGroupsEarlier = {
  title:
    "Master Circular on NRLM (earlier edition, as quoted in 2015): SHGs of persons with disabilities, elders " +
    "and transgender persons may include both men and women",
  publisher: "Reserve Bank of India",
} as const satisfies Citation;

// The SERP page is served at an http address only, and carries no date.
export const serpAndhraPradeshSelfHelpGroups = {
  title:
    "Self Help Groups: 10 to 20 members; SHGs conduct either weekly or fortnightly or monthly meetings on a " +
    "scheduled day, time and place",
  publisher: "Society for Elimination of Rural Poverty (SERP), Government of Andhra Pradesh",
  url: "http://www.ikp.serp.ap.gov.in/IHCBAP/SHG.aspx",
} as const satisfies Citation;

/** MyNation's report of Kudumbashree's special NHGs of transgender persons. The page carries no date. */
export const myNationTransgenderNhgs = {
  title:
    "Kudumbashree gives new life to transgenders in Kerala: 21 exclusive neighbourhood groups of 274 members; " +
    "any transgender person aged 18 or above can join; the 10 to 20 member condition is relaxed",
  publisher: "MyNation",
  url: "https://www.mynation.com/news/kudumbashree-gives-new-life-to-transgenders-in-kerala-pbzwdx",
} as const satisfies Citation;

/** The News Minute on Manaswini (Kottayam, 2017), the first NHG of transgender persons. */
export const newsMinuteManaswini = {
  title:
    "Kerala's Kudumbashree inaugurates Manaswini, its first group of transgender persons: registered as a " +
    "special neighbourhood group of 12 members drawn from across the district",
  publisher: "The News Minute",
  url:
    "https://thenewsminute.com/kerala/" +
    "kerala-s-kudumbashree-inaugurates-manaswini-its-first-group-transgender-persons-57352",
} as const satisfies Citation;
