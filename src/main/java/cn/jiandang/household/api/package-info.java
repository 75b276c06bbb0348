/**
 * The registry's REST API ({@code /api/v1/households}) for the mobile app, the 12317 hotline and the online service
 * hall; an adapter over the core and the base data, used by no other code.
 */
package cn.jiandang.household.api;
