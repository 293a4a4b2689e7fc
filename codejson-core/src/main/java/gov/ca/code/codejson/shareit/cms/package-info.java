/** The CMS extension (2.1.0) of the SHARE IT per-repository object: family {@code cms-2.1.0}. */
package gov.ca.code.codejson.shareit.cms;
