import { describe, expect, it } from "vitest";
import { hasAtMostWords, noticeParagraph, pageFurnitureLine } from "./furnitureLines.js";

describe("pageFurnitureLine", () => {
  const furniture: [string, string][] = [
    ["Artikel teilen", "share/subscribe call to action"],
    ["Möchten Sie den Artikel teilen?", "share/subscribe call to action"],
    ["Partager sur Facebook", "share/subscribe call to action"],
    ["Condividi", "share/subscribe call to action"],
    ["Rezept drucken", "share/subscribe call to action"],
    ["drukuj", "share/subscribe call to action"],
    ["Das könnte Sie auch interessieren:", "related links"],
    ["Mehr zum Thema", "related links"],
    ["À lire aussi", "related links"],
    ["También te puede interesar", "related links"],
    ["Leggi anche", "related links"],
    ["Zum Weiterlesen:", "related links"],
    ["Lesen Sie auch die folgenden Beiträge:", "related links"],
    ["Schon gelesen?", "related links"],
    ["Contenido relacionado", "related links"],
    ["Empfohlener redaktioneller Inhalt", "cookie notice"],
    ["Externer Inhalt", "cookie notice"],
    ["HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "paywall prompt"],
    ["Leia também", "related links"],
    ["Lees ook", "related links"],
    ["War der Artikel nützlich?", "rating prompt"],
    ["(Noch keine Bewertungen)", "rating prompt"],
    ["Keine Kommentare", "comments"],
    ["12 Commentaires", "comments"],
    ["Pour lire la suite de cet article, abonnez-vous", "paywall prompt"],
    ["Sie sind aktuell nicht eingeloggt.", "paywall prompt"],
    ["- Anzeige -", "advertisement"],
    ["Publicidad", "advertisement"],
    ["Beitragsbild: Pixabay", "image caption/credit"],
    ["Crédits photos : AFP", "image caption/credit"],
    ["Quelle: Landesregierung", "source note"],
  ];
  for (const [line, reason] of furniture) {
    it(`"${line}" → ${reason}`, () => expect(pageFurnitureLine(line)).toBe(reason));
  }

  const prose = [
    "",
    "Die Regierung will den Gewinn mit den Ländern teilen, sagte der Minister am Montag in Berlin.",
    "Les syndicats refusent de partager les responsabilités de cette réforme avec le gouvernement actuel.",
    "Kommentare aus der Opposition ließen nicht lange auf sich warten, wie Beobachter bemerkten.",
    "Mehr zum Thema Wohnungsnot in Freiburg hat die Stadt in einem langen Bericht veröffentlicht.",
    "Zum Weiterlesen fehlte ihm am Abend die Kraft, sagte er.",
    "Externer Inhalt wird auf der Seite der Stadt nicht mehr angezeigt, teilte das Amt mit.",
    "Schon gelesen hatte sie den Bericht, bevor er erschien.",
  ];
  for (const line of prose) {
    it(`keeps "${line.slice(0, 40)}"`, () => expect(pageFurnitureLine(line)).toBeNull());
  }
});

describe("noticeParagraph", () => {
  const notices: [string, string][] = [
    [
      "© 2022, Example News. This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media.",
      "source note",
    ],
    ["Vervielfältigung nur mit Genehmigung", "source note"],
    [
      "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie za zgodą wydawcy.",
      "source note",
    ],
    [
      "To view the full story, please subscribe to The Daily Example. You can choose an annual subscription.",
      "paywall prompt",
    ],
    ["Subscribe now to our e-edition for the full story.", "paywall prompt"],
    ["Never miss the latest news by signing up to our newsletter today!", "paywall prompt"],
    [
      "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.",
      "comments",
    ],
    ["Comments are moderated and will be published after review.", "comments"],
    [
      "Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.",
      "image caption/credit",
    ],
    ["Figure 2: Snow depth over the glacier in March (left) and May (right).", "image caption/credit"],
    ["Roman Prymula, photo: Archives du Gouvernement tchèque", "image caption/credit"],
    [
      "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
      "share/subscribe call to action",
    ],
    [
      "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.",
      "share/subscribe call to action",
    ],
    ["Gefällt dir unser Klettermagazin? Wir haben keine Bezahlschranke.", "share/subscribe call to action"],
    ["Jede kleine Spende hilft den notleidenden Menschen dieser Welt!", "share/subscribe call to action"],
    ["This entry was posted in Allgemein. Bookmark the permalink.", "share/subscribe call to action"],
  ];
  for (const [paragraph, reason] of notices) {
    it(`"${paragraph.slice(0, 40)}" → ${reason}`, () => expect(noticeParagraph(paragraph)).toBe(reason));
  }

  const body = [
    "",
    "The court ruled that the photographs were copyrighted and that the agency must pay damages to the photographer.",
    "Copyright law in the EU changed in 2019, when the directive on the digital single market was adopted.",
    "To view the full extent of the damage, officials flew over the valley by helicopter on Monday.",
    "Subscribe now, the union told its members, or lose the discount for good.",
    "The moderator of the debate read out comments from viewers for two hours before the vote.",
    "Never miss a chance to see the northern lights, said the guide, who has led tours for twenty years.",
    "Abbildung 4 zeigt, wie sich die Schwachschicht im Laufe des Winters verändert hat.",
    "Figure skating returns to the city rink on Saturday: tickets go on sale at nine.",
    "The mayor, a keen photographer, showed the council her photo of the flooded square.",
    "If you enjoyed the concert last year, the organisers say, this year's line-up will not disappoint.",
    "Jede Spende wird geprüft, sagte die Sprecherin des Vereins am Dienstag.",
    // A notice opening a very long paragraph is body text (the paragraph says more than the notice).
    `© 2022 marks the tenth year of the festival. ${"The organisers expect more visitors than ever before. ".repeat(8)}`,
  ];
  for (const paragraph of body) {
    it(`keeps "${paragraph.slice(0, 40)}"`, () => expect(noticeParagraph(paragraph)).toBeNull());
  }
});

describe("hasAtMostWords", () => {
  it("counts words apart by spaces and line breaks, up to the limit", () => {
    expect(hasAtMostWords("Artikel teilen", 2)).toBe(true);
    expect(hasAtMostWords("Artikel teilen", 1)).toBe(false);
    expect(hasAtMostWords("eins zwei\ndrei", 2)).toBe(false);
    expect(hasAtMostWords("eins zwei\ndrei", 3)).toBe(true);
    expect(hasAtMostWords("", 0)).toBe(true);
    expect(hasAtMostWords("Einzelwortohneleerzeichen", 1)).toBe(true);
  });
});
