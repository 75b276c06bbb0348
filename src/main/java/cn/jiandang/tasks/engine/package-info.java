/**
 * The one adapter package allowed to use the engine's internal API ({@code org.camunda.bpm.engine.impl}, see
 * CONVENTIONS.md "Processes"): what the public API cannot say, kept small so that a move to a Camunda 7 fork touches
 * only this package.
 */
package cn.jiandang.tasks.engine;
