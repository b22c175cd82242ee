/* PurgeCSS settings for `make css`: Oscar's storefront stylesheet (oscar/css/styles.css, Bootstrap
 * 4 with Oscar's rules and Font Awesome, 283 KB) cut down to the rules the storefront's markup
 * can use, written to static/bodybest/css/oscar-used.css (committed; the storefront's layout
 * links it, the dashboard keeps its own full stylesheet).
 *
 * What counts as used: any class, id or element named in our templates, in Oscar's templates
 * outside the dashboard that ours do not replace whole (a template of ours that extends Oscar's
 * of the same name keeps Oscar's in), in the Python that builds markup (forms, template tags)
 * and in our scripts. Classes that only a script or a template variable adds are in the
 * safelist. Font Awesome goes (its rules and its two fonts): storefront icons are inline SVG
 * (bodybest/templatetags/icons.py), and the few Oscar templates we keep that name a Font Awesome
 * class get a CSS-drawn icon from bodybest.css. tests/bodybest/test_oscar_used_css.py fails when
 * a class our templates use is missing here, so the file cannot silently go stale.
 *
 * Run from the repository's root with OSCAR_DIR set to the installed oscar package.
 */
const fs = require("fs");
const path = require("path");

const oscarDir = process.env.OSCAR_DIR;
if (!oscarDir) { throw new Error("Set OSCAR_DIR to the installed oscar package (make css does)."); }
const oscarTemplates = path.join(oscarDir, "templates");

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

// Oscar's storefront templates that still render: not the dashboard, and not those ours replace
// without extending them.
function oscarStorefrontTemplates() {
  return walk(path.join(oscarTemplates, "oscar")).filter((file) => {
    const name = path.relative(oscarTemplates, file);
    if (!name.endsWith(".html") || name.startsWith("oscar/dashboard/")) { return false; }
    const ours = path.join("templates", name);
    if (!fs.existsSync(ours)) { return true; }
    return new RegExp(`{%\\s*extends\\s+["']${name}["']`).test(fs.readFileSync(ours, "utf8"));
  });
}

module.exports = {
  css: [path.join(oscarDir, "static/oscar/css/styles.css")],
  content: [
    "templates/**/*.html",
    ...oscarStorefrontTemplates(),
    "static/bodybest/js/*.js",
    "{bodybest,catalog,checkout,blog}/**/*.py",
    path.join(oscarDir, "apps/**/{forms,widgets}.py"),
    path.join(oscarDir, "forms/**/*.py"),
    path.join(oscarDir, "templatetags/*.py"),
  ],
  skippedContentGlobs: ["templates/oscar/dashboard/**", "**/dashboard/**", "**/migrations/**"],
  output: "static/bodybest/css/oscar-used.css",
  fontFace: true,
  variables: true,
  keyframes: true,
  blocklist: [/^fa[srbld]?$/, /^fa-/],
  safelist: {
    // Added by scripts (static/bodybest/js/ui.js) or by template variables.
    standard: [
      "show", "active", "collapsing", "fade", "was-validated", "is-invalid", "is-valid",
      "alert-success", "alert-info", "alert-warning", "alert-danger", "alert-debug",
      "instock", "outofstock", "available", "unavailable",
      "form-inline", "form-horizontal", "form-stacked",
      "One", "Two", "Three", "Four", "Five",
    ],
  },
};
