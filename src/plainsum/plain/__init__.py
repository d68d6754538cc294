"""Plain-language building blocks for the offline drafter: sentences, abbreviations, glossary,
numbers and sentence simplification. Every function here is pure and deterministic."""
