import { schemaFormCss } from './schemaFormCss';

/**
 * Puts the renderer's stylesheet in the document once, however many forms the page shows: React
 * 19 hoists a `<style>` with `href` and `precedence` into `<head>` and dedupes it by `href`.
 * Hosts that ship their own styles can leave it out (`<SchemaForm unstyled>`).
 */
export function SchemaFormStyles() {
  return (
    <style href="gridcase-forms-react" precedence="low">
      {schemaFormCss}
    </style>
  );
}
