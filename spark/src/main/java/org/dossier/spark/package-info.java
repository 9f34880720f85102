/**
 * The build as a Spark batch: inputs listed on the driver, read and analysed on the executors and
 * written as Parquet, then clustered, consolidated and stored on the driver by the pipeline.
 */
package org.dossier.spark;
