/**
 * Kafka streaming: articles published to a topic as article objects, consumed into a workspace
 * through the build pipeline with the offsets in the build's transaction, changed stories published.
 */
package org.dossier.stream;
