import { describe, expect, it } from "vitest";
import { findCopyrightOwner } from "./findCopyrightOwner.js";

describe("findCopyrightOwner", () => {
  it.each([
    ["© 2024 The Harbour Post Ltd. All rights reserved.", "The Harbour Post"],
    ["Copyright © 2019–2024 Lakeside Radio, Inc.", "Lakeside Radio"],
    ["(c) 2023 Valley Courier Media LLC", "Valley Courier Media"],
    ["Copyright 2022 KXQ. KXQ is not responsible for the content of external sites.", "KXQ"],
    ["© The Island Bulletin 2021", "The Island Bulletin"],
    ["© 2024 Example Media Group | Terms | Privacy", "Example Media Group"],
  ])("%s → %s", (line, owner) => {
    expect(findCopyrightOwner(line)).toBe(owner);
  });

  it.each([
    "Copyright lawyers said the ruling would be appealed.",
    "© 2024",
    "© 2024 all rights reserved",
    "The harbour was rebuilt in 2024.",
    "© 2024 Senior Staff Writer",
  ])("names no owner: %s", (line) => {
    expect(findCopyrightOwner(line)).toBeNull();
  });
});
