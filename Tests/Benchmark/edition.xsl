<?xml version="1.0" encoding="UTF-8"?>
<!-- The xsltproc peer: report.xml (urn:juki-report:edition:1) to an HTML page with the report's headings,
     lists and tables. A peer for the benchmark only: the published page is templates/html. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:e="urn:juki-report:edition:1"
                exclude-result-prefixes="e">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:template match="/e:edition">
    <html lang="ja">
      <head><meta charset="utf-8"/><title><xsl:value-of select="e:fiscalYear"/>年度 <xsl:value-of select="e:title"/></title></head>
      <body><main>
        <h1><xsl:value-of select="e:fiscalYear"/>年度 <xsl:value-of select="e:title"/></h1>
        <h2>1 セキュリティ研修</h2>
        <xsl:for-each select="e:results/e:trainings/e:training">
          <h3>(<xsl:value-of select="position()"/>) 第<xsl:value-of select="position()"/>回（<xsl:value-of select="e:period/e:start"/>）</h3>
          <p>受講者：<xsl:for-each select="e:participants/e:group"><xsl:value-of select="e:name"/><xsl:value-of select="e:count"/>名<xsl:if test="position() != last()">、</xsl:if></xsl:for-each></p>
          <p>講師：<xsl:value-of select="e:lecturer"/></p>
          <p>内容：<xsl:value-of select="e:content"/></p>
          <xsl:if test="e:remarks"><p>備考：<xsl:value-of select="e:remarks"/></p></xsl:if>
        </xsl:for-each>
        <h2>2 外部監査等</h2>
        <xsl:for-each select="e:results/e:activities/e:activity">
          <h3>(<xsl:value-of select="position()"/>) <xsl:value-of select="e:name"/></h3>
          <xsl:if test="e:targetUnits"><ul><xsl:for-each select="e:targetUnits/e:unit"><li><xsl:value-of select="."/></li></xsl:for-each></ul></xsl:if>
          <xsl:for-each select="e:summary//e:paragraph | e:summary//e:text | e:summary/e:inline"><p><xsl:value-of select="."/></p></xsl:for-each>
        </xsl:for-each>
        <h3>(4) 照合情報認証の認証状況</h3>
        <table><caption>所属別の認証人数</caption>
          <thead><tr><th scope="col">所属</th><th scope="col">人数</th></tr></thead>
          <tbody><xsl:for-each select="e:results/e:certification/e:unit"><tr><th scope="row"><xsl:value-of select="e:name"/></th><td><xsl:value-of select="format-number(e:count, '#,##0')"/>人</td></tr></xsl:for-each></tbody>
          <tfoot><tr><th scope="row">計</th><td><xsl:value-of select="format-number(e:results/e:certification/e:total, '#,##0')"/>人</td></tr></tfoot>
        </table>
        <h2>外部監査 指摘事項一覧</h2>
        <xsl:for-each select="e:findings/*">
          <h3><xsl:value-of select="local-name()"/></h3>
          <table><tbody><xsl:for-each select="e:finding"><tr><th scope="row"><xsl:value-of select="e:text"/></th><td><xsl:value-of select="e:response"/></td></tr></xsl:for-each></tbody></table>
        </xsl:for-each>
      </main></body>
    </html>
  </xsl:template>
</xsl:stylesheet>
