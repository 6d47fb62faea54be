import type { CatalogOf } from '../i18n.js';
import type en from './en.js';

const es: CatalogOf<typeof en> = {
  errorPrefix: 'Error:',
  errorSummaryTitle: 'Hay un problema',
  optional: '(opcional)',
  required: '(obligatorio)',
  inbox: 'el buzón',

  waitOffline: 'Esta computadora no tiene conexión a internet en este momento.',
  waitUnreachable: 'No pudimos comunicarnos con {inbox} en este momento.',
  waitNotAllowed:
    'Esta página no tiene permiso para enviar a {inbox}, así que quizás no llegue hasta que alguien cambie una configuración.',
  waitTimeout: '{inbox} tardó demasiado en responder.',
  waitBusy: '{inbox} está ocupado en este momento.',
  waitServerError: '{inbox} tuvo un problema.',
  waitElsewhere: 'Otra página abierta lo está enviando ahora mismo.',
  waitSaved: 'Quedó guardado en esta computadora y se enviará solo en cuanto se pueda.',
  waitMemoryOnly: 'No se pudo guardar en esta computadora. Deje esta página abierta y se seguirá intentando.',
  waitNotAllowedAdvice:
    'Por favor, use también una de las otras opciones de abajo y avise al equipo de informática de este mensaje.',

  failRefused: '{inbox} no lo aceptó.',
  failNotAccepted: 'La dirección a la que se envió no confirmó que lo guardó, así que no podemos decir que llegó.',
  failRedirected:
    'La dirección a la que se envió pidió iniciar sesión en lugar de recibirlo, así que no quedó guardado allí.',
  failNoSuchAddress: 'En la dirección que usa esta página nadie recibe estos envíos, así que no se envió.',
  failNotKept: 'No se pudo guardar en esta computadora ni enviar.',
  failNoEndpoint: 'Esta página no está preparada para enviarlo a ningún sitio.',
  failBadEndpoint: 'La dirección a la que envía esta página no es correcta, así que no se envió.',
  failAdvice: 'No se ha perdido nada: por favor, use una de las otras opciones de abajo.',
  detailsForIt: 'Detalles para el equipo de informática',

  copyText: 'Copiar el texto',
  copied: 'Copiado. Puede pegarlo en un correo o un chat.',
  copyFailed: 'Aquí no se pudo copiar. Seleccione el texto y cópielo.',
  emailInstead: 'Enviarlo por correo',
  callNumber: 'Llamar al {phone}',
  tryAgain: 'Intentar de nuevo',
  discard: 'Borrarlo',

  noticeSent: '{what} {when} se envió.',
  noticeSentReference: '{what} {when} se envió. Su número de referencia es {reference}.',
  noticeRefused: '{what} {when} no se aceptó.',
  whenToday: 'de las {time}',
  whenDay: 'del {date}',
  noticeDismiss: 'Cerrar este mensaje',
  noticeDismissLabel: 'Cerrar el mensaje sobre {what}',
  noticeTicket: 'Caso en la mesa de ayuda: {number}',
  whatProblemReport: 'Su aviso de problema',
  whatIncidentNote: 'Su nota sobre un problema conocido',
  whatGlossarySuggestion: 'Su pregunta sobre una palabra',
  whatPartnerSuggestion: 'Su sugerencia de organización',
  whatPartnerCorrection: 'Su corrección al directorio',
  whatOutreachLog: 'Su nota de contacto',
  whatDonationDecision: 'La decisión sobre la donación',
  whatMou: 'El memorando de entendimiento',
  whatOther: 'Lo que envió',

  configHeading: 'Esta parte de la página no está bien configurada',
  configIntro: 'Por favor, avise a quien mantiene este sitio web. Lo que falla:',
  configAttribute: 'La opción «{attribute}»: {problem}',
  configBadStrings: 'el texto personalizado no es JSON válido, así que se usa el texto estándar.',
  configBadEndpoint: 'la dirección de envío no es una dirección web ni de correo.',
  configBadTheme: 'use light, dark o auto.',
  configBadHeadingLevel: 'use un número del 1 al 6, o none.'
};

export default es;
