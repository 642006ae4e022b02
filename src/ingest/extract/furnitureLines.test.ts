import { describe, expect, it } from "vitest";
import { pageFurnitureLine } from "./furnitureLines.js";

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
