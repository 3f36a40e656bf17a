import { i18n } from '#imports';
import { mountPage } from '@/components/mount';
import { PopupApp } from './PopupApp';
import './popup.css';

mountPage(i18n.t('popup.title'), <PopupApp />);
