/** A made-up department-year whose 说明数据.csv lists two reform transfers with names unlike the seed's. */
import { importText } from '@/import/index'
import { buildDataset } from '@/model/dataset'
import type { Dataset, ImportResult } from '@/model/types'

const MADE_UP_CSV = [
  '某县文化和旅游局2031年度部门决算说明及附件所述数据,,,,,,,,',
  '部门：某县文化和旅游局,,,,,,,,单位：见“单位”列',
  '主题,条目,科目代码,名称,指标,数值,单位,原文,出处',
  'totals,total,,收、支总计,amount,800.00,万元,收、支总计800.00万元,第三部分 一',
  'totals,total,,收、支总计,changeAmount,-50.5,万元,减少50.5万元,第三部分 一',
  'reform,staff,,转出人员,total,4,人,合计转出4名人员,第三部分 一',
  'reform,receiver,,县融媒体中心,name,县融媒体中心,,至县融媒体中心,第三部分 一',
  'reform,unit1,,二级机构,in,县非遗保护中心,,划入县非遗保护中心,第三部分 一',
  'reform,section1,,宣传科,out,宣传科,,宣传科整体转出,第三部分 一',
  'reform,transfer1,,广播电视维护专项,out,30.2,万元,划出30.2万元至县融媒体中心,第三部分 十三',
  'reform,transfer2,,非遗传承补助,in,12.5,万元,划入12.5万元,第三部分 十三',
  'reform,transfer2,,非遗传承补助,keptOther,1.25,万元,剩余1.25万元留县文化馆,第三部分 十三',
  'reform,transfer2,,非遗传承补助,counterpart,县文化馆,,自县文化馆,第三部分 十三',
  'performance,p1,,广播电视维护专项,budget,40,万元,全年预算数40万元,第三部分 十三',
  'performance,p1,,广播电视维护专项,adjustment,-30.2,万元,执行调减30.2万元,第三部分 十三',
  'performance,p2,,图书采购,adjustment,-5,万元,执行调减5万元,第三部分 十三',
].join('\r\n')

export function madeUp(): { result: ImportResult; dataset: Dataset } {
  const result = importText('说明数据.csv', MADE_UP_CSV)
  return { result, dataset: buildDataset(result, { id: 'made-up-2031', department: '某县文化和旅游局', year: 2031, origin: 'imported' }) }
}
