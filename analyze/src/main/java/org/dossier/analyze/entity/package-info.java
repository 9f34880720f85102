/**
 * Entities of one article: CoreNLP's name chunks corrected and merged with the generated alias
 * knowledge (countries, organisations, armed groups), people's roles, and titles resolved to people.
 */
package org.dossier.analyze.entity;
