/**
 * Utrecht's ten wijken (CBS codes WK034401–WK034410). Codes and names are the CBS ones; centroids are
 * rough (WGS84 lat, lon), good for a demo marker only. Official boundaries are imported from the CBS
 * Wijk- en buurtkaart (CC BY 4.0), not kept here.
 */
export const utrechtMunicipality = { code: 'GM0344', name: 'Utrecht', centroid: [52.0907, 5.1214] as [number, number] };

export const utrechtWijken: { code: string; name: string; cbsName: string; centroid: [number, number] }[] = [
  { code: 'WK034401', name: 'West', cbsName: 'Wijk 01 West', centroid: [52.093, 5.096] },
  { code: 'WK034402', name: 'Noordwest', cbsName: 'Wijk 02 Noordwest', centroid: [52.104, 5.1] },
  { code: 'WK034403', name: 'Overvecht', cbsName: 'Wijk 03 Overvecht', centroid: [52.117, 5.112] },
  { code: 'WK034404', name: 'Noordoost', cbsName: 'Wijk 04 Noordoost', centroid: [52.101, 5.133] },
  { code: 'WK034405', name: 'Oost', cbsName: 'Wijk 05 Oost', centroid: [52.086, 5.15] },
  { code: 'WK034406', name: 'Binnenstad', cbsName: 'Wijk 06 Binnenstad', centroid: [52.091, 5.121] },
  { code: 'WK034407', name: 'Zuid', cbsName: 'Wijk 07 Zuid', centroid: [52.072, 5.132] },
  { code: 'WK034408', name: 'Zuidwest', cbsName: 'Wijk 08 Zuidwest', centroid: [52.076, 5.1] },
  { code: 'WK034409', name: 'Leidsche Rijn', cbsName: 'Wijk 09 Leidsche Rijn', centroid: [52.095, 5.055] },
  { code: 'WK034410', name: 'Vleuten-De Meern', cbsName: 'Wijk 10 Vleuten-De Meern', centroid: [52.096, 5.015] },
];
