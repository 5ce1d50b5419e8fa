import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript checks names itself, and knows the Office, Excel and DOM globals.
      "no-undef": "off",
      // It takes isNullObject, the scalar every *OrNullObject check loads, for a navigation property.
      "office-addins/no-navigational-load": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: "User data reaches the page as text.",
        },
      ],
    },
  },
];
