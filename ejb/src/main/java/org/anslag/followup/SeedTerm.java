package org.anslag.followup;

import java.util.List;

/** A term every new programme starts with: the hinders and success factors reports were tagged with before V19. */
record SeedTerm(TermKind kind, String code, String labelSv, String labelEn) {

    static final List<SeedTerm> ALL = List.of(
            new SeedTerm(TermKind.HINDER, "LACK_OF_TIME", "Brist på tid", "Lack of time"),
            new SeedTerm(TermKind.HINDER, "FUNDING_GAPS", "Finansieringen räcker inte", "Funding gaps"),
            new SeedTerm(TermKind.HINDER, "MISSING_COMPETENCE", "Kompetens saknas", "Missing competence"),
            new SeedTerm(TermKind.HINDER, "WEAK_MANAGEMENT_SUPPORT", "Svagt stöd från ledningen", "Weak management support"),
            new SeedTerm(TermKind.HINDER, "REGULATION", "Regelverk", "Regulation"),
            new SeedTerm(TermKind.HINDER, "TECHNICAL_PROBLEMS", "Tekniska problem", "Technical problems"),
            new SeedTerm(TermKind.HINDER, "STAFF_TURNOVER", "Personalomsättning", "Staff turnover"),
            new SeedTerm(TermKind.HINDER, "PARTNER_COORDINATION", "Samordning mellan partner", "Coordination between partners"),
            new SeedTerm(TermKind.SUCCESS_FACTOR, "ENGAGED_LEADERSHIP", "Engagerad ledning", "Engaged leadership"),
            new SeedTerm(TermKind.SUCCESS_FACTOR, "DEDICATED_STAFF", "Avsatt personal", "Dedicated staff"),
            new SeedTerm(TermKind.SUCCESS_FACTOR, "CITIZEN_INVOLVEMENT", "Invånarnas medverkan", "Citizen involvement"),
            new SeedTerm(TermKind.SUCCESS_FACTOR, "PARTNER_COLLABORATION", "Samarbete mellan partner", "Partner collaboration"),
            new SeedTerm(TermKind.SUCCESS_FACTOR, "CLEAR_GOALS", "Tydliga mål", "Clear goals"),
            new SeedTerm(TermKind.SUCCESS_FACTOR, "EXTERNAL_EXPERTISE", "Extern expertis", "External expertise"),
            new SeedTerm(TermKind.SUCCESS_FACTOR, "QUICK_PROTOTYPING", "Snabba prototyper", "Quick prototyping"));
}
