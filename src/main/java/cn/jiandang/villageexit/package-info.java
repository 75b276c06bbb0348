/** Village exit (贫困村出列): township proposal, county review against the poverty-incidence threshold (DMN), notice, announcement. */
package cn.jiandang.villageexit;
