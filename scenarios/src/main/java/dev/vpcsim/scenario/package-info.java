/**
 * The strict scenario loader: {@link dev.vpcsim.scenario.ScenarioLoader} turns a scenario file (YAML or JSON) into a
 * {@link dev.vpcsim.model.Design}, or refuses it with one {@link dev.vpcsim.scenario.ScenarioInputException} whose
 * message is {@code FILE:LINE:COLUMN: YAML.PATH: what is wrong}. Inside: a located YAML tree read with Jackson's
 * streaming parser (limits, anchors and aliases), strict per-object mappers onto the model records, the CSV series
 * of {@code csv} traffic shapes, and the translation of the model's path-based errors back to lines and columns.
 * Nothing here prints.
 */
package dev.vpcsim.scenario;
