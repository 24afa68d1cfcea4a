// Template registry: farm templates host copies, partner templates host syndicated pages.

import ampMinimal from './amp-minimal.mjs';
import financeSpam from './finance-spam.mjs';
import magazineGrid from './magazine-grid.mjs';
import newsPortal from './news-portal.mjs';
import partnerNewspaper from './partner-newspaper.mjs';
import partnerPortal from './partner-portal.mjs';
import partnerRepublish from './partner-republish.mjs';
import spaSoup from './spa-soup.mjs';
import tableLayout from './table-layout.mjs';
import wpBlog from './wp-blog.mjs';

export const FARM_TEMPLATES = [newsPortal, wpBlog, financeSpam, ampMinimal, tableLayout, spaSoup, magazineGrid];

// Keyed by partner kind (see PARTNERS in names.mjs).
export const PARTNER_TEMPLATES = { newspaper: partnerNewspaper, portal: partnerPortal, nonprofit: partnerRepublish };
