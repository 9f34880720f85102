/**
 * Related stories: other stories of a workspace about the same named participants and subject,
 * found after consolidation across every story; each with a score and a readable reason.
 */
package org.dossier.story.related;
